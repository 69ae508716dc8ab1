import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { currentUser, onSessionChange, type SignedIn } from '../api/client';

const SessionContext = createContext<SignedIn | null>(null);

let snapshot = currentUser();
const subscribe = (notify: () => void) =>
  onSessionChange(() => {
    snapshot = currentUser();
    notify();
  });

export function SessionProvider({ children }: { children: ReactNode }) {
  const user = useSyncExternalStore(subscribe, () => snapshot);
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

/** The signed-in user; only rendered below the sign-in gate, so never null there. */
export function useUser(): SignedIn {
  return useContext(SessionContext)!;
}

export function useMaybeUser(): SignedIn | null {
  return useContext(SessionContext);
}
