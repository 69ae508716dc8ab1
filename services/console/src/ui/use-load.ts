import { useEffect, useRef, useState } from 'react';
import { withRetries } from './retry';

interface Loaded<T> {
  key?: string;
  data?: T;
  error?: Error;
  loadedAt?: Date;
}

/**
 * Loads a page's data, again when `deps` change or after `reload()` (an action changed it).
 * The previous data stays shown while the next answer is on its way. A busy or briefly unreachable
 * platform is asked again (withRetries) before the failure is shown.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<Loaded<T>>({});
  const latestLoad = useRef(load);
  const key = `${JSON.stringify(deps)}#${version}`;
  useEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    let current = true;
    withRetries(() => latestLoad.current()).then(
      (data) => current && setState({ key, data, loadedAt: new Date() }),
      (error: Error) => current && setState({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return {
    data: state.data,
    error: state.error,
    loadedAt: state.loadedAt,
    loading: state.key !== key,
    reload: () => setVersion((v) => v + 1),
  };
}
