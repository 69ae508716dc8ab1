import { Roles } from '@sinergi/platform';
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
  {
    method: 'GET',
    path: '/agreements/:id/overview',
    summary: 'Everything about one agreement, from every service',
    status: 200,
    roles: Object.values(Roles),
    tag: 'aggregates',
    query: ['fiscalYear'],
  },
  {
    method: 'GET',
    path: '/dashboard',
    summary: 'Overview figures for every agreement the caller may see, with totals',
    status: 200,
    roles: Object.values(Roles),
    tag: 'aggregates',
    query: ['fiscalYear'],
  },
  {
    method: 'GET',
    path: '/status',
    summary: 'Readiness and version of every service',
    status: 200,
    roles: Object.values(Roles),
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
      description: op.anonymous ? 'No token needed.' : `Roles: ${[...new Set(op.roles)].join(', ')}.`,
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
        'The public API of Sinergi. Every route except POST /auth/token needs `Authorization: Bearer <token>`. Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
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
