/* eslint-disable @typescript-eslint/no-explicit-any -- bodies are the public API's untyped JSON */
/** A small client of the public API used by the demo seed and the end-to-end test. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A person's browser session: the cookie and its CSRF token. */
export interface BrowserSession {
  cookie: string;
  csrfToken: string;
}

/** Calls the API as a system (bearer token) or as a signed-in person (session cookie + CSRF token). */
export class ApiSession {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
    private readonly browser?: BrowserSession,
  ) {}

  /** Signs a person in (POST /sessions); `totp` for accounts with a second factor. */
  static async signIn(baseUrl: string, email: string, password: string, totp?: string): Promise<ApiSession> {
    const response = await new ApiSession(baseUrl).send(
      'POST',
      '/sessions',
      { email, password, ...(totp ? { totp } : {}) },
      201,
    );
    const cookie = response.headers.getSetCookie()[0].split(';')[0];
    return new ApiSession(baseUrl, undefined, { cookie, csrfToken: response.body.csrfToken });
  }

  static async login(baseUrl: string, clientId: string, clientSecret: string): Promise<ApiSession> {
    const { body } = await new ApiSession(baseUrl).send(
      'POST',
      '/auth/token',
      { clientId, clientSecret },
      200,
    );
    return new ApiSession(baseUrl, body.accessToken);
  }

  /** Sends a request; when `expected` is given, any other status throws with the problem body. */
  async send<T = any>(
    method: string,
    path: string,
    body?: unknown,
    expected?: number | number[],
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.browser ? { cookie: this.browser.cookie } : {}),
        ...(this.browser && method !== 'GET' ? { 'x-csrf-token': this.browser.csrfToken } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // JSON answers parsed, text as a string, anything else (the PDF report) as its bytes.
    const bytes = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const parsed =
      bytes.length === 0
        ? undefined
        : type === '' || type.includes('json')
          ? JSON.parse(bytes.toString('utf8'))
          : type.startsWith('text/')
            ? bytes.toString('utf8')
            : bytes;
    const allowed = expected === undefined ? undefined : ([] as number[]).concat(expected);
    if (allowed && !allowed.includes(response.status))
      throw new ApiError(response.status, parsed, `${method} ${path}`);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, expected: number | number[] = 200) {
    return this.send<T>('GET', path, undefined, expected).then((r) => r.body);
  }
  post<T = any>(path: string, body: unknown = {}, expected: number | number[] = [200, 201]) {
    return this.send<T>('POST', path, body, expected).then((r) => r.body);
  }
  patch<T = any>(path: string, body: unknown, expected: number | number[] = 200) {
    return this.send<T>('PATCH', path, body, expected).then((r) => r.body);
  }
}

/** Polls until `check` returns a value (not undefined), for effects that arrive through events. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
