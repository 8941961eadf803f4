import { useState } from 'react';

/**
 * A button's call to the API: busy while it runs (so a second tap does not send it twice), its error kept for an
 * ErrorBox, and its answer handed to `then`.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const run = async <T>(work: () => Promise<T>, then: (answer: T) => void | Promise<void> = () => undefined) => {
    setBusy(true);
    setError(undefined);
    try {
      await then(await work());
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
