import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientResponse } from 'hono/client';
import { answerOf, type Answer } from './api.js';

/** A route of the typed client that answers GET (`api.trends`, `api.selection.concepts[':id']`). */
interface Readable {
  $get(args?: any): Promise<ClientResponse<unknown, number, 'json'>>;
  $path(args?: any): string;
}

/**
 * Loads a GET route: `useApi(api.trends, { query: { window } })`; `null` waits. The answer's type is the
 * route's. It loads again when the path (with its query) changes; `reload` fetches again after an action.
 */
export function useApi<R extends Readable>(route: R | null, args?: Parameters<R['$get']>[0]) {
  const [data, setData] = useState<Answer<R['$get']>>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(route !== null);
  const path = route?.$path(args) ?? null;
  // The client builds a fresh route object on every render; the path says whether it is another request.
  const latest = useRef({ route, args });
  latest.current = { route, args };
  const load = useCallback(async () => {
    const { route, args } = latest.current;
    if (route === null) return;
    setLoading(true);
    setError(undefined);
    try {
      setData((await answerOf(route.$get(args))) as Answer<R['$get']>);
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
