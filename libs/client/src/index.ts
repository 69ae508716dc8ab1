import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, operations, paths } from './schema';

/** The request and response schemas of the API, by name (`Schemas['AgreementResponse']`). */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
/**
 * JSON answers (lists are also served as `text/csv`: ask with `headers: {accept: 'text/csv'}, parseAs: 'text'`;
 * the evaluation report is a PDF: `GET('/api/v1/agreements/{id}/evaluations/{evaluationId}/report.pdf', {params, parseAs: 'blob'})`).
 */
export type SinergiClient = Client<paths, 'application/json'>;

/** An answer with `application/problem+json`: `code` is stable (docs/errors.md), `detail` is not. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.name = 'ProblemError';
  }

  get code() {
    return this.problem.code;
  }

  get status() {
    return this.problem.status;
  }
}

/** The data of a successful answer; a problem answer is thrown as a `ProblemError`. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = result.error as Partial<Problem> | undefined;
    throw new ProblemError(
      problem && typeof problem === 'object' && 'code' in problem
        ? (problem as Problem)
        : ({
            type: 'about:blank',
            title: result.response.statusText,
            status: result.response.status,
            code: 'internal.error',
            detail: `${result.response.status} ${result.response.statusText}`,
          } as Problem),
    );
  }
  return result.data as T;
}

/** A client of the gateway at `baseUrl` (e.g. `http://localhost:3000`) without credentials. */
export function createSinergiClient(
  baseUrl: string,
  options: Omit<ClientOptions, 'baseUrl'> = {},
): SinergiClient {
  return createClient<paths, 'application/json'>({ ...options, baseUrl: baseUrl.replace(/\/$/, '') });
}

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** Renew a token this long before it expires. */
const RENEW_MARGIN_MS = 30_000;

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/**
 * A client for a system (API client): exchanges the credentials for an access token
 * (`POST /api/v1/auth/token`), sends it as `Authorization: Bearer …`, and gets a new one
 * shortly before it expires.
 */
export async function withClientCredentials(
  baseUrl: string,
  credentials: ClientCredentials,
  options: Omit<ClientOptions, 'baseUrl'> = {},
): Promise<SinergiClient> {
  const anonymous = createSinergiClient(baseUrl, options);
  const body = { clientId: credentials.clientId, clientSecret: credentials.clientSecret };
  let token: { value: string; renewAt: number } | undefined;
  const accessToken = async () => {
    if (!token || Date.now() >= token.renewAt) {
      const issued = unwrap(await anonymous.POST('/api/v1/auth/token', { body }));
      token = { value: issued.accessToken, renewAt: Date.now() + issued.expiresIn * 1000 - RENEW_MARGIN_MS };
    }
    return token.value;
  };
  await accessToken();
  const client = createSinergiClient(baseUrl, options);
  client.use({
    async onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${await accessToken()}`);
      return request;
    },
  });
  return client;
}

export interface SignIn {
  email: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

export interface OfficerSession {
  client: SinergiClient;
  /** The answer of `POST /api/v1/sessions`: the person, the session and its CSRF token. */
  signedIn: Schemas['SignedInResponse'];
}

/**
 * Sends the session's CSRF token on POST, PATCH, PUT and DELETE, and (outside a browser, which
 * keeps the HttpOnly cookie itself) the session cookie. `csrfToken` may be a function, for a page
 * whose session changes (sign-in, reload, sign-out): it is asked at every request, and nothing is
 * sent while it gives none.
 */
export function sessionMiddleware(
  csrfToken: string | (() => string | null | undefined),
  cookie?: string,
): Middleware {
  const token = typeof csrfToken === 'function' ? csrfToken : () => csrfToken;
  return {
    onRequest({ request }) {
      const current = token();
      if (current && UNSAFE.has(request.method)) request.headers.set('x-csrf-token', current);
      if (cookie) request.headers.set('cookie', cookie);
      return request;
    },
  };
}

/** One page of a list: its items and the cursor of the next page (none on the last). */
export interface ListPage<T> {
  items: T[];
  nextCursor?: string | null;
}

/**
 * Every item of a list, following `nextCursor` from page to page; `page(cursor)` asks for one page
 * (with the list's filters and a `limit`), e.g.
 * `allItems((cursor) => client.GET('/api/v1/agreements', {params: {query: {status, limit: 500, cursor}}}))`.
 */
export async function allItems<T>(
  page: (cursor: string | undefined) => Promise<{ data?: ListPage<T>; error?: unknown; response: Response }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = unwrap(await page(cursor));
    items.push(...answer.items);
    cursor = answer.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/**
 * A client for a person (officer): signs in with `POST /api/v1/sessions` and sends the session
 * cookie and CSRF token with every request. A 401 `auth.totp-required` means: ask for the TOTP
 * code and sign in again with `totp`.
 */
export async function signIn(
  baseUrl: string,
  credentials: SignIn,
  options: Omit<ClientOptions, 'baseUrl'> = {},
): Promise<OfficerSession> {
  const anonymous = createSinergiClient(baseUrl, { credentials: 'include', ...options });
  const { email, password, totp, recoveryCode } = credentials;
  const answer = await anonymous.POST('/api/v1/sessions', { body: { email, password, totp, recoveryCode } });
  const signedIn = unwrap(answer);
  // Browsers hide Set-Cookie and keep the cookie themselves; elsewhere it is carried by hand.
  const cookie = answer.response.headers.get('set-cookie')?.split(';')[0];
  const client = createSinergiClient(baseUrl, { credentials: 'include', ...options });
  client.use(sessionMiddleware(signedIn.csrfToken, cookie));
  return { client, signedIn };
}

/**
 * A client for a browser page, which keeps the HttpOnly session cookie itself: the CSRF token comes
 * from `POST /api/v1/sessions` or, after a reload, from `GET /api/v1/me`; pass a function when the
 * page signs in and out with the same client.
 */
export function browserSession(
  baseUrl: string,
  csrfToken: string | (() => string | null | undefined),
  options: Omit<ClientOptions, 'baseUrl'> = {},
): SinergiClient {
  const client = createSinergiClient(baseUrl, { credentials: 'include', ...options });
  client.use(sessionMiddleware(csrfToken));
  return client;
}
