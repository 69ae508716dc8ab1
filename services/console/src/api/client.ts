// The console's way to the platform: the typed client of the Sinergi API (@sinergi/client), on the
// page's own origin. People sign in with email, password and (when their account has one) a TOTP
// code; the gateway keeps the session in an HttpOnly cookie the page cannot read, and every unsafe
// call carries the session's CSRF token, which lives only in this page's memory (GET /me gives it
// back on reload).
import { browserSession, ProblemError, unwrap, type Schemas, type SignIn } from '@sinergi/client';
import { csvColumns, csvLine, csvRow } from '@sinergi/platform/src/lists/csv';

export { allItems, ProblemError, unwrap, type Schemas } from '@sinergi/client';

export interface SignedIn {
  userId: string;
  name: string;
  email: string;
  agencyCode: string;
  roles: string[];
}

let user: SignedIn | null = null;
let csrfToken: string | null = null;
const listeners = new Set<() => void>();

/** The client every page calls; unsafe calls carry the current session's CSRF token. */
export const api = browserSession('', () => csrfToken);

// An ended session (idle, revoked, expired) sends the person back to the sign-in page.
api.use({
  onResponse({ response }) {
    if (response.status === 401 && user) setSession(null, null);
    return response;
  },
});

/** Who is signed in on this page, or null. */
export const currentUser = (): SignedIn | null => user;

export function onSessionChange(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setSession(next: SignedIn | null, token: string | null) {
  user = next;
  csrfToken = token;
  listeners.forEach((listener) => listener());
}

type Person = Pick<Schemas['UserResponse'], 'id' | 'name' | 'email' | 'agencyCode' | 'roles'>;

const signedIn = (person: Person): SignedIn => ({
  userId: person.id,
  name: person.name,
  email: person.email,
  agencyCode: person.agencyCode,
  roles: person.roles,
});

/**
 * Picks up the session of this browser (after a reload). Only a 401 means there is none; a busy or
 * briefly unreachable gateway is asked again, so a reload does not sign the person out.
 */
export async function restoreSession(attempts = 3): Promise<void> {
  try {
    const me = unwrap(await api.GET('/api/v1/me'));
    if ('csrfToken' in me && me.csrfToken) setSession(signedIn(me), me.csrfToken);
  } catch (error) {
    if ((error instanceof ProblemError && error.status === 401) || attempts <= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await restoreSession(attempts - 1);
  }
}

/** Signs in; an account with TOTP answers ProblemError `auth.totp-required` until a code is given. */
export async function signIn(credentials: SignIn): Promise<SignedIn> {
  const answer = unwrap(await api.POST('/api/v1/sessions', { body: credentials }));
  setSession(signedIn(answer.user), answer.csrfToken);
  return user!;
}

export async function signOut() {
  await api.DELETE('/api/v1/sessions/current').catch(() => undefined);
  setSession(null, null);
}

/** One page of a list: up to 500 items (the most the platform gives at once) from `cursor` on. */
export const page = (cursor: string | undefined) => ({ limit: 500, cursor });

/** A filter taken from the address: '' (no filter) is left out. */
export const given = <T extends string>(value: string): T | undefined => (value ? (value as T) : undefined);

/** Asks a list route for CSV (`Accept: text/csv`): the same items, filters and scope, every page. */
export const CSV = { headers: { accept: 'text/csv' }, parseAs: 'text' } as const;

/** The text of a CSV answer; a problem is thrown as a ProblemError. */
export const csvText = (answer: { data?: unknown; error?: unknown; response: Response }) =>
  unwrap(answer) as string;

/** Items already read (a list inside a resource) as the platform writes CSV. */
export function itemsCsv(items: object[]): string {
  const rows = items as Array<Record<string, unknown>>;
  const columns = csvColumns(rows);
  return csvLine(columns) + rows.map((row) => csvRow(row, columns)).join('');
}
