// The console's only way to the platform: sign-in and every call to the gateway's /api/v1.
// People sign in with email, password and (when their account has one) a TOTP code; the gateway
// keeps the session in an HttpOnly cookie the page cannot read, and every unsafe call carries the
// session's CSRF token, which lives only in this page's memory (GET /me gives it back on reload).
// When the generated typed client lands, this module is what changes: the pages call nothing else.

export interface SignedIn {
  userId: string;
  name: string;
  email: string;
  agencyCode: string;
  roles: string[];
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface Problem {
  status: number;
  title: string;
  code?: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

const BASE = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

let user: SignedIn | null = null;
let csrfToken: string | null = null;
const listeners = new Set<() => void>();

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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    // An ended session (idle, revoked, expired) sends the person back to the sign-in page.
    if (response.status === 401 && user) setSession(null, null);
    throw new ApiError(parsed ?? { status: response.status, title: response.statusText });
  }
  return parsed as T;
}

interface PersonView {
  id: string;
  name: string;
  email: string;
  agencyCode: string;
  roles: string[];
}

const signedIn = (person: PersonView): SignedIn => ({
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
    const me = await request<PersonView & { kind: string; csrfToken?: string }>('GET', '/me');
    if (me.kind === 'person' && me.csrfToken) setSession(signedIn(me), me.csrfToken);
  } catch (error) {
    if ((error instanceof ApiError && error.problem.status === 401) || attempts <= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await restoreSession(attempts - 1);
  }
}

export interface Credentials {
  email: string;
  password: string;
  totp?: string;
}

/** Signs in; an account with TOTP answers ApiError with code `auth.totp-required` until a code is given. */
export async function signIn(credentials: Credentials): Promise<SignedIn> {
  const answer = await request<{ user: PersonView; csrfToken: string }>('POST', '/sessions', credentials);
  setSession(signedIn(answer.user), answer.csrfToken);
  return user!;
}

export async function signOut() {
  await request('DELETE', '/sessions/current').catch(() => undefined);
  setSession(null, null);
}

type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query: Query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /** Every item of a list, following the cursor (for exports). */
  async all<T>(path: string, query: Query = {}): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await request<Page<T>>('GET', withQuery(path, { ...query, limit: 500, cursor }));
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  },
};
