import { useState } from 'react';

/**
 * Runs a change on the platform and then `done` (close a dialog, reload the page); a refusal is
 * kept in `error` for the page to show, with every field the platform names.
 */
export function useAction<T = unknown>(done: (result: T) => void) {
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<T>) => {
    setError(null);
    setBusy(true);
    try {
      done(await call());
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy, clear: () => setError(null) };
}
