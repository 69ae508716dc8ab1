// The console's only way to the platform: sign-in and every call to the gateway's /api/v1.
// Until people's accounts and the generated typed client exist, this signs in with an API
// client's credentials (POST /auth/token) and keeps the short-lived token for this tab only.
// When they land, this module is what changes: the pages call nothing else.

export interface SignedIn {
  clientId: string;
  agencyCode: string;
  roles: string[];
  expiresAt: number;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

const BASE = '/api/v1';
const TOKEN_KEY = 'sinergi.token';
let token: string | null = sessionStorage.getItem(TOKEN_KEY);
const listeners = new Set<() => void>();

interface Claims {
  sub: string;
  agencyCode: string;
  roles: string[];
  exp: number;
}

// Only read to shape the pages; the gateway checks the token's signature and roles on every call.
function claimsOf(accessToken: string): Claims {
  const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(payload)) as Claims;
}

/** Who is signed in in this tab, or null (also once the token has expired). */
export function currentUser(): SignedIn | null {
  if (!token) return null;
  const claims = claimsOf(token);
  const expiresAt = claims.exp * 1000;
  if (expiresAt <= Date.now()) return null;
  return { clientId: claims.sub, agencyCode: claims.agencyCode, roles: claims.roles, expiresAt };
}

export function onSessionChange(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setToken(value: string | null) {
  token = value;
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach((listener) => listener());
}

async function request<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (auth && token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && auth) setToken(null);
    throw new ApiError(parsed ?? { status: response.status, title: response.statusText });
  }
  return parsed as T;
}

export async function signIn(clientId: string, clientSecret: string): Promise<SignedIn> {
  const issued = await request<{ accessToken: string }>(
    'POST',
    '/auth/token',
    { clientId, clientSecret },
    false,
  );
  setToken(issued.accessToken);
  return currentUser()!;
}

export function signOut() {
  setToken(null);
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
