import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';

/** Loads a GET endpoint; `reload` fetches again (after an action changes the data). */
export function useApi<T>(path: string | null) {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(path !== null);
  const load = useCallback(async () => {
    if (path === null) return;
    setLoading(true);
    setError(undefined);
    try {
      setData(await api.get<T>(path));
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
  }, [path]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, loading, reload: load };
}
