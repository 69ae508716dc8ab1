import { DATA_ROLES, Roles } from '@sinergi/platform';
import { FORWARDED_ROUTES, type ForwardedRoute } from '../routing/route-table';

interface Operation {
  method: string;
  path: string;
  summary: string;
  status: number;
  roles: string[];
  tag: string;
  body?: ForwardedRoute['body'];
  anonymous?: boolean;
  query?: string[];
}

const EVERY_ROLE = Object.values(Roles);
const ADMINS = [Roles.platformAdmin, Roles.agencyAdmin];
const person = (
  method: string,
  path: string,
  summary: string,
  status: number,
  roles: string[],
  body?: Operation['body'],
  extra: Partial<Operation> = {},
): Operation => ({ method, path, summary, status, roles, tag: 'people', body, ...extra });

/** People's accounts and browser sessions (docs/api.md "People"). */
const PEOPLE_OPERATIONS: Operation[] = [
  person(
    'POST',
    '/sessions',
    'Sign in: sets the session cookie, returns the CSRF token',
    201,
    [],
    {
      required: ['email', 'password'],
      optional: ['totp', 'recoveryCode'],
    },
    { anonymous: true },
  ),
  person('GET', '/sessions', 'The signed-in person’s live sessions', 200, EVERY_ROLE),
  person('DELETE', '/sessions/current', 'Sign out (needs x-csrf-token)', 204, EVERY_ROLE),
  person(
    'DELETE',
    '/sessions/:id',
    'End a session: one’s own, or of a person one administers',
    204,
    EVERY_ROLE,
  ),
  person(
    'GET',
    '/me',
    'The caller: a person (with the session’s CSRF token) or an API client',
    200,
    EVERY_ROLE,
  ),
  person('POST', '/me/password', 'Change one’s password; other sessions end', 200, EVERY_ROLE, {
    required: ['currentPassword', 'newPassword'],
  }),
  person('POST', '/me/totp', 'Start TOTP enrolment: a secret and its otpauth:// URI', 200, EVERY_ROLE),
  person(
    'POST',
    '/me/totp/confirm',
    'Confirm TOTP with a code: returns ten recovery codes once',
    200,
    EVERY_ROLE,
    {
      required: ['totp'],
    },
  ),
  person('POST', '/users', 'Invite a person (one-time code, 24 h)', 201, ADMINS, {
    required: ['agencyCode', 'name', 'email', 'roles'],
    optional: ['nip'],
  }),
  person('GET', '/users', 'List people (?agencyCode=&status=)', 200, ADMINS, undefined, {
    query: ['limit', 'cursor', 'agencyCode', 'status'],
  }),
  person(
    'POST',
    '/users/password',
    'Set a password with an invitation or reset code',
    200,
    [],
    {
      required: ['code', 'password'],
    },
    { anonymous: true },
  ),
  person('GET', '/users/:id', 'Get a person', 200, ADMINS),
  person('PATCH', '/users/:id', 'Change name, NIP or roles', 200, ADMINS, {
    required: [],
    optional: ['name', 'nip', 'roles'],
  }),
  person('POST', '/users/:id/disable', 'Disable a person; their sessions end at once', 200, ADMINS),
  person('POST', '/users/:id/enable', 'Enable a person again', 200, ADMINS),
  person(
    'POST',
    '/users/:id/reset',
    'A new one-time code to set a password (optionally forget TOTP)',
    200,
    ADMINS,
    {
      required: [],
      optional: ['resetTotp'],
    },
  ),
  person('GET', '/users/:id/sessions', 'A person’s live sessions', 200, ADMINS),
  person(
    'GET',
    '/agencies/:code/sign-in-policy',
    'Whether the agency requires TOTP of everyone',
    200,
    ADMINS,
  ),
  person('PATCH', '/agencies/:code/sign-in-policy', 'Require TOTP of everyone in the agency', 200, ADMINS, {
    required: ['totpRequired'],
  }),
];

/** Routes the gateway answers itself. */
const GATEWAY_OPERATIONS: Operation[] = [
  {
    method: 'POST',
    path: '/auth/token',
    summary: 'Exchange client credentials for an access token',
    status: 200,
    roles: [],
    tag: 'auth',
    anonymous: true,
    body: { required: ['clientId', 'clientSecret'] },
  },
  {
    method: 'POST',
    path: '/clients',
    summary: 'Create an API client (secret shown once)',
    status: 201,
    roles: [Roles.platformAdmin],
    tag: 'auth',
    body: { required: ['name', 'agencyCode', 'roles'] },
  },
  ...PEOPLE_OPERATIONS,
  {
    method: 'GET',
    path: '/agreements/:id/overview',
    summary: 'Everything about one agreement, from every service',
    status: 200,
    roles: DATA_ROLES,
    tag: 'aggregates',
    query: ['fiscalYear'],
  },
  {
    method: 'GET',
    path: '/dashboard',
    summary: 'Overview figures for every agreement the caller may see, with totals',
    status: 200,
    roles: DATA_ROLES,
    tag: 'aggregates',
    query: ['fiscalYear'],
  },
  {
    method: 'GET',
    path: '/status',
    summary: 'Readiness and version of every service',
    status: 200,
    roles: DATA_ROLES,
    tag: 'aggregates',
  },
];

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const queryOf = (summary: string) =>
  /\(\?([^)]*)\)/
    .exec(summary)?.[1]
    .split('&')
    .map((p) => p.replace(/=.*/, '')) ?? [];

/** The OpenAPI 3.1 document of the public API, generated from the gateway's route table. */
export function buildOpenApiDocument(version: string) {
  const operations: Operation[] = [
    ...GATEWAY_OPERATIONS,
    ...FORWARDED_ROUTES.map((r) => ({
      method: r.method,
      path: r.path,
      summary: r.summary,
      status: r.status,
      roles: [Roles.platformAdmin, ...r.roles],
      tag: r.service,
      body: r.body,
      query:
        r.method === 'GET'
          ? ['limit', 'cursor', ...queryOf(r.summary)].filter((q, i, all) => all.indexOf(q) === i)
          : undefined,
    })),
  ];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const openApiPath = `/api/v1${op.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    const pathParams = [...op.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParams = (op.query ?? []).map((name) => ({
      name,
      in: 'query',
      required: false,
      schema: { type: 'string' },
    }));
    const fields = op.body ? [...op.body.required, ...(op.body.optional ?? [])] : [];
    paths[openApiPath] ??= {};
    paths[openApiPath][op.method.toLowerCase()] = {
      tags: [op.tag],
      summary: op.summary,
      description: op.anonymous
        ? 'No token or session needed.'
        : `Roles: ${[...new Set(op.roles)].join(', ')}.`,
      ...(op.anonymous ? { security: [] } : {}),
      parameters: [
        ...pathParams,
        ...queryParams,
        { name: 'x-correlation-id', in: 'header', required: false, schema: { type: 'string' } },
        ...(op.method === 'POST' && !op.anonymous
          ? [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: false,
                schema: { type: 'string', maxLength: 255 },
              },
            ]
          : []),
      ],
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: op.body.required,
                    properties: Object.fromEntries(fields.map((f) => [f, {}])),
                  },
                },
              },
            },
          }
        : {}),
      responses: {
        [op.status]: {
          description: 'Success',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        400: problemResponse('Invalid input; every invalid field is listed in `errors`'),
        ...(op.anonymous
          ? {}
          : { 401: problemResponse('Missing or invalid token'), 403: problemResponse('Role not allowed') }),
        404: problemResponse('Unknown id, or outside the caller’s scope'),
        ...(op.method === 'POST' || op.method === 'PATCH'
          ? { 409: problemResponse('State conflict'), 413: problemResponse('Body over 1 MiB') }
          : {}),
        429: problemResponse('Rate limited; see Retry-After'),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sinergi API',
      version,
      description:
        'The public API of Sinergi. Systems send `Authorization: Bearer <token>` (POST /auth/token); people sign in with POST /sessions and send the session cookie, plus the `x-csrf-token` header on POST, PATCH and DELETE. Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { session: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        session: { type: 'apiKey', in: 'cookie', name: '__Host-sinergi_session' },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { field: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}
