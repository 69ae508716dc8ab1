import type { OpenAPIObject } from '@nestjs/swagger';
import {
  API_PREFIX,
  ERROR_CATALOGUE,
  errorTypeUri,
  FORWARDED_ROUTES,
  Roles,
  type ErrorCode,
  type ForwardedRoute,
} from '@sinergi/platform';
import { ANONYMOUS_EXTENSION, ROLES_EXTENSION } from '../auth/roles.decorator';

type Json = Record<string, unknown>;
type Operation = Json & {
  operationId?: string;
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Json[];
};

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** `/agreements/:id` → `/agreements/{id}`. */
export const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** Path parameters by name: every id is a UUID (docs/api.md), the rest are named here. */
const PATH_PARAMETER_SCHEMAS: Record<string, Json> = {
  id: { type: 'string', format: 'uuid' },
  sessionId: { type: 'string', format: 'uuid' },
  evaluationId: { type: 'string', format: 'uuid' },
  deliveryId: { type: 'string', format: 'uuid' },
  fiscalYear: { type: 'integer', minimum: 2000, maximum: 2100, example: 2027 },
  code: { type: 'string', pattern: '^[A-Z0-9]+(-[A-Z0-9]+)*$', example: 'PEMKAB-MUARO-JAMBI' },
};

const TAGS = [
  { name: 'auth', description: 'API clients and their access tokens' },
  { name: 'people', description: 'Officers’ accounts, sign-in and browser sessions' },
  { name: 'agreements', description: 'Agencies, agreements, work plans and evaluations' },
  { name: 'rehabilitation', description: 'Programs, participants, enrolments, sessions and releases' },
  { name: 'reintegration', description: 'Cases after release: pathways, placements, follow-ups, grants' },
  { name: 'budgeting', description: 'Budgets, allocations, disbursements and the ledger' },
  { name: 'notifications', description: 'Webhooks: signed event deliveries to agencies’ systems' },
  { name: 'aggregates', description: 'Figures built by the gateway from every service' },
];

const STATUS_MEANING: Record<number, string> = {
  400: 'Invalid input: `errors` lists every invalid field',
  401: 'No valid bearer token or session',
  403: 'The caller’s roles or agency may not do this',
  404: 'Unknown id, or outside the caller’s scope (both answer alike)',
  405: 'The path does not answer this method',
  406: 'The answer cannot be given as the `Accept` header asks',
  409: 'Conflict with the resource’s current state',
  413: 'Body over 1 MiB',
  415: 'Body is not JSON',
  429: 'Rate limited; wait for `Retry-After` seconds',
  503: 'A service behind the gateway is not available',
  504: 'A service behind the gateway did not answer in time',
};

/** The problem responses an operation can give, by status, each listing its catalogue codes. */
function problemResponses(op: Operation, method: string, anonymous: boolean, forwarded: boolean) {
  const statuses = [400, 429];
  if (!anonymous) statuses.push(401, 403);
  if ((op.parameters ?? []).some((p) => p.in === 'path')) statuses.push(404);
  if (method !== 'get') statuses.push(409);
  if (op.requestBody) statuses.push(413, 415);
  if (forwarded) statuses.push(503, 504);
  if (method === 'get') statuses.push(406);
  return Object.fromEntries(
    statuses
      .filter((status) => !op.responses[status])
      .sort((a, b) => a - b)
      .map((status) => {
        const codes = (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).filter(
          (c) => ERROR_CATALOGUE[c].status === status,
        );
        return [
          String(status),
          {
            description: `${STATUS_MEANING[status]}. \`code\`: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        ];
      }),
  );
}

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; branch on `code`, never on `detail`.',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      description: 'The code’s entry in docs/errors.md',
      example: errorTypeUri('budget.insufficient-funds'),
    },
    title: { type: 'string', example: ERROR_CATALOGUE['budget.insufficient-funds'].title },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 409 },
    code: {
      type: 'string',
      enum: Object.keys(ERROR_CATALOGUE),
      description: 'Stable machine-readable code from the error catalogue (docs/errors.md)',
      example: 'budget.insufficient-funds',
    },
    detail: { type: 'string', example: 'not enough available: 1000000 available, 5000000 requested' },
    instance: {
      type: 'string',
      description: 'The request path',
      example: '/api/v1/allocations/0193…/approve',
    },
    correlationId: { type: 'string', description: 'Also in the `x-correlation-id` header' },
    errors: {
      type: 'array',
      description: 'Every invalid field (400 `request.invalid-input`)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', example: 'endDate' },
          message: { type: 'string', example: 'endDate must be a date YYYY-MM-DD' },
        },
      },
    },
  },
};

const CORRELATION_PARAMETER = {
  name: 'x-correlation-id',
  in: 'header',
  required: false,
  description: 'Echoed in the answer; generated when absent',
  schema: { type: 'string', pattern: '^[\\w.:-]{1,128}$' },
};

const IDEMPOTENCY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'A repeat with the same key and body returns the first answer and changes nothing',
  schema: { type: 'string', maxLength: 255 },
};

const IF_NONE_MATCH_PARAMETER = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The `ETag` of an earlier answer: 304 without a body while it is still current',
  schema: { type: 'string' },
};

const ETAG_HEADER = {
  etag: { description: 'Tag of this representation, for `If-None-Match`', schema: { type: 'string' } },
};

/** Lists (`{items, nextCursor}`) are also answered as CSV (`Accept: text/csv`), every page streamed. */
const CSV_CONTENT = {
  'text/csv': {
    schema: {
      type: 'string',
      description:
        'The same list as CSV (RFC 4180): a header row of the fields, one row per item, nested values as JSON; every page from `cursor` on',
    },
  },
};

const isList = (response: Json) =>
  /Page$/.test(
    String(
      (
        (response.content as Json | undefined)?.['application/json'] as
          { schema?: { $ref?: string } } | undefined
      )?.schema?.$ref ?? '',
    ),
  );

const CORRELATION_HEADER = {
  'x-correlation-id': { description: 'The request’s correlation id', schema: { type: 'string' } },
};

function describeAccess(op: Operation, roles: string[] | undefined, anonymous: boolean): Operation {
  if (anonymous) {
    return {
      ...op,
      security: [],
      [ANONYMOUS_EXTENSION]: true,
      [ROLES_EXTENSION]: [],
      description: ['No token or session needed.', op.description].filter(Boolean).join('\n\n'),
    };
  }
  const allowed = roles ?? Object.values(Roles);
  const { [ANONYMOUS_EXTENSION]: _anonymous, ...rest } = op;
  return {
    ...rest,
    [ROLES_EXTENSION]: allowed,
    description: [`**Roles:** ${allowed.join(', ')}.`, op.description].filter(Boolean).join('\n\n'),
  };
}

function finish(op: Operation, method: string, forwarded: boolean): Operation {
  const anonymous = op[ANONYMOUS_EXTENSION] === true;
  const parameters = (op.parameters ?? []).map((p) =>
    p.in === 'path' && PATH_PARAMETER_SCHEMAS[p.name as string]
      ? { ...p, schema: PATH_PARAMETER_SCHEMAS[p.name as string] }
      : p,
  );
  parameters.push(CORRELATION_PARAMETER);
  // Conditional GET covers JSON answers (a document such as a PDF report is rendered afresh).
  const conditional =
    method === 'get' && 'application/json' in ((op.responses['200']?.content as Json | undefined) ?? {});
  if (method === 'post' && !anonymous) parameters.push(IDEMPOTENCY_PARAMETER);
  if (conditional) parameters.push(IF_NONE_MATCH_PARAMETER);
  const responses: Record<string, Json> = Object.fromEntries(
    Object.entries(op.responses).map(([status, response]) => [
      status,
      conditional && status === '200'
        ? {
            ...response,
            description: response.description || 'Success',
            headers: { ...CORRELATION_HEADER, ...ETAG_HEADER },
            content: isList(response) ? { ...(response.content as Json), ...CSV_CONTENT } : response.content,
          }
        : {
            ...response,
            description: response.description || 'Success',
            headers: { ...CORRELATION_HEADER, ...(response.headers as Json | undefined) },
          },
    ]),
  );
  if (conditional)
    responses['304'] = {
      description: 'Not modified: the `If-None-Match` tag is still current',
      headers: { ...CORRELATION_HEADER, ...ETAG_HEADER },
    };
  const finished = { ...op, parameters, responses };
  finished.responses = { ...responses, ...problemResponses(finished, method, anonymous, forwarded) };
  return finished;
}

/** OpenAPI 3.0 needs `type` beside `nullable`; @nestjs/swagger leaves it out next to `allOf`. */
function typedNullables(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(typedNullables);
  if (!schema || typeof schema !== 'object') return schema;
  const typed = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, typedNullables(v)]));
  return typed.nullable === true && !typed.type && typed.allOf ? { type: 'object', ...typed } : typed;
}

function mergeSchemas(target: Json, source: Json | undefined, origin: string) {
  for (const [name, schema] of Object.entries((typedNullables(source) as Json | undefined) ?? {})) {
    if (name in target && JSON.stringify(target[name]) !== JSON.stringify(schema))
      throw new Error(`schema ${name} of ${origin} differs from another service's schema of the same name`);
    target[name] = schema;
  }
}

/**
 * The one public document: the gateway's own operations and, for every route of the route table,
 * the operation its service describes, under `/api/v1`, with the route's roles (`x-roles` and
 * the description), the problem responses per status and the common headers.
 */
export function mergeOpenApiDocuments(
  documents: Record<string, OpenAPIObject>,
  version: string,
  routes: ForwardedRoute[] = FORWARDED_ROUTES,
): OpenAPIObject {
  const paths: Record<string, Record<string, Operation>> = {};
  const schemas: Json = { Problem: problemSchema };
  const put = (path: string, method: string, op: Operation) => {
    paths[path] ??= {};
    if (paths[path][method]) throw new Error(`${method.toUpperCase()} ${path} is described twice`);
    paths[path][method] = op;
  };

  const { gateway, ...services } = documents;
  for (const [path, item] of Object.entries(gateway.paths)) {
    for (const method of HTTP_METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const roles = op[ROLES_EXTENSION] as string[] | undefined;
      put(path, method, finish(describeAccess(op, roles, op[ANONYMOUS_EXTENSION] === true), method, false));
    }
  }
  mergeSchemas(schemas, gateway.components?.schemas as Json, 'gateway');

  for (const route of routes) {
    const method = route.method.toLowerCase();
    const servicePath = toOpenApiPath(route.path);
    const document = services[route.service];
    const op = (document?.paths[servicePath] as Record<string, Operation | undefined> | undefined)?.[method];
    if (!op)
      throw new Error(
        `${route.method} ${route.path} is in the route table but ${route.service} does not describe it`,
      );
    const roles = [...new Set([Roles.platformAdmin, ...route.roles])];
    put(
      `${API_PREFIX}${servicePath}`,
      method,
      finish(
        describeAccess({ ...op, tags: [route.service], summary: route.summary }, roles, false),
        method,
        true,
      ),
    );
  }
  for (const [name, document] of Object.entries(services))
    mergeSchemas(schemas, document.components?.schemas as Json, name);

  const operationIds = Object.values(paths).flatMap((item) =>
    Object.values(item).map((op) => op.operationId),
  );
  const repeated = operationIds.filter((id, i) => operationIds.indexOf(id) !== i);
  if (repeated.length > 0) throw new Error(`operationIds used twice: ${repeated.join(', ')}`);

  return {
    openapi: '3.0.3',
    info: {
      title: 'Sinergi API',
      version,
      description: [
        'The public API of Sinergi (docs/api.md). Systems send `Authorization: Bearer <token>` (from `POST /api/v1/auth/token`);',
        'people sign in with `POST /api/v1/sessions` and send the session cookie, plus the `x-csrf-token` header on POST, PATCH and DELETE.',
        'Each operation lists the roles that may call it (`x-roles`; platform-admin may call every one).',
        'Errors are RFC 9457 `application/problem+json` with a stable `code` (docs/errors.md).',
      ].join(' '),
      license: { name: 'UNLICENSED', url: 'https://sinergi.example/license' },
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { session: [] }],
    tags: TAGS,
    paths: sortKeys(paths),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        session: { type: 'apiKey', in: 'cookie', name: '__Host-sinergi_session' },
      },
      schemas: sortKeys(schemas),
    },
  } as OpenAPIObject;
}

function sortKeys<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

/** Number of operations of a document. */
export const operationCount = (document: OpenAPIObject) =>
  Object.values(document.paths).reduce(
    (n, item) => n + HTTP_METHODS.filter((m) => (item as Json)[m]).length,
    0,
  );
