/* eslint-disable @typescript-eslint/no-explicit-any -- OpenAPI schemas and generated bodies are untyped JSON */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { RawRequest } from './raw-http';

/** The public API's contract, as `npm run docs:openapi` writes it. */
export const OPENAPI_PATH = path.join(__dirname, '../../../../docs/openapi.json');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: any;
}

export interface Operation {
  method: string;
  /** The template, e.g. `/api/v1/agreements/{id}`. */
  path: string;
  operationId: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  body?: any;
  /** Anything but GET: a success may change rows. */
  write: boolean;
}

/** Every operation of docs/openapi.json, so that a route added there is fuzzed without a change here. */
export function loadOperations(file = OPENAPI_PATH): { operations: Operation[]; document: any } {
  const document = JSON.parse(readFileSync(file, 'utf8'));
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<any>(document.paths))
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters: Parameter[] = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: any) =>
        p.$ref ? resolve(document, p) : p,
      );
      operations.push({
        method: method.toUpperCase(),
        path: template,
        operationId: op.operationId ?? `${method} ${template}`,
        pathParams: parameters.filter((p) => p.in === 'path'),
        query: parameters.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema,
        write: method !== 'get',
      });
    }
  return { operations, document };
}

function resolve(document: any, schema: any): any {
  let s = schema;
  for (let i = 0; s?.$ref && i < 20; i++)
    s = s.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((node: any, key: string) => node?.[key], document);
  return s ?? {};
}

// Raw JSON tokens that JSON.stringify cannot write (not finite numbers, deep nesting, duplicate keys)
// travel as marked strings and are put in place when the body is written.
const RAW = '\u0001raw\u0001';
const raw = (text: string) => `${RAW}${Buffer.from(text).toString('base64')}${RAW}`;
// JSON.stringify writes the marker's control characters as `\u0001`: the pattern matches that text.
const ESCAPED_RAW = JSON.stringify(RAW).slice(1, -1).replace(/\\/g, '\\\\');
const RAW_PATTERN = new RegExp(`"${ESCAPED_RAW}([A-Za-z0-9+/=]*)${ESCAPED_RAW}"`, 'g');

/** A generated value as the text of a path segment, query value or header. */
export function asText(value: unknown): string {
  return typeof value === 'string' && !value.startsWith(RAW) ? value : toJsonText(value);
}

/** Writes a generated value as JSON text, raw tokens included. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(RAW_PATTERN, (_m, b64: string) =>
    Buffer.from(b64, 'base64').toString(),
  );
}

/** The body limit of every service (libs/platform BODY_LIMIT_BYTES). */
export const BODY_LIMIT = 1024 * 1024;

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE agreements; --",
  '1; SELECT pg_sleep(5)--',
  "%' OR 1=1 --",
  "\\'; TRUNCATE outbox; --",
  '1 UNION SELECT null, current_user --',
  '$1',
  "E'\\x00'",
];
const JSON_FRAGMENTS = [
  '{"a":',
  '"}',
  ']',
  'null',
  '{"$ne": null}',
  '{"__proto__": {"admin": true}}',
  '\\u0000',
  '\\"',
];
const IMPOSSIBLE_DATES = [
  '2027-02-30',
  '2027-02-29',
  '2027-13-01',
  '2027-00-10',
  '0000-00-00',
  '2027-04-31',
  '99999-01-01',
  '-0001-01-01',
  '2027-02-30T25:61:61Z',
  '2027-1-1',
  '2027-02-28T10:00:00+25:00',
  '1969-12-31T23:59:59.999999999Z',
];
const UNICODE = [
  '\u0000',
  'a\u0000b',
  '\u202eKANWIL',
  '\ud800',
  '\udfff\ud800',
  '\u200b\u200d\ufeff',
  'Ｐ\u0301ＥＭＫＡＢ',
  '😀'.repeat(50),
  '\u0007\u0008\u001b[31m',
  '\r\nSet-Cookie: a=b',
  '\u2028\u2029',
  'İı',
];

const deepArray = (depth: number) => raw('['.repeat(depth) + ']'.repeat(depth));
const deepObject = (depth: number) => raw('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

/** Values of any type, each hostile somewhere: the generator puts them where the schema expects others. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, -0, '', [], {}, ' ', 'true', '0', '-1', 'null'),
  fc.constantFrom(
    1e15 + 1,
    10 ** 16,
    2 ** 53 + 2,
    -(10 ** 16),
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -Number.MAX_VALUE,
    raw('1e400'),
    raw('-1e400'),
    raw('NaN'),
    raw('Infinity'),
    raw('1e-400'),
    raw('123456789012345678901234567890'),
    raw('0x10'),
    raw('01'),
  ),
  fc.constantFrom(...IMPOSSIBLE_DATES),
  fc.constantFrom(...SQL, ...JSON_FRAGMENTS, ...UNICODE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom(300, 5_000, 70_000).map((n) => 'x'.repeat(n)),
  fc.constantFrom(500, 5_000).map(deepArray),
  fc.constantFrom(500, 5_000).map(deepObject),
  fc.constant(null).map(() => Array.from({ length: 10_000 }, (_, i) => i)),
  fc.constant(null).map(() => Array.from({ length: 10_000 }, () => 'PEMKAB')),
  fc
    .constant(null)
    .map(() => raw('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
  fc.constant({ toString: 'x', valueOf: 1, hasOwnProperty: null }),
);

function dateText(time: number, withTime: boolean): string {
  const iso = new Date(time).toISOString();
  return withTime ? iso : iso.slice(0, 10);
}

const YEAR_2020 = Date.UTC(2020, 0, 1);
const YEAR_2035 = Date.UTC(2035, 0, 1);

/** A value the schema accepts as far as its types go (formats and ranges respected, examples used). */
export function validValue(document: any, schemaOrRef: any, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(document, schemaOrRef);
  const variant = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return validValue(document, variant, depth);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const example = schema.example !== undefined ? [fc.constant(schema.example)] : [];
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'uuid') return fc.uuid({ version: 7 });
      if (schema.format === 'date' || schema.format === 'date-time')
        return fc
          .integer({ min: YEAR_2020, max: YEAR_2035 })
          .map((t) => dateText(t, schema.format === 'date-time'));
      if (schema.pattern && example.length) return example[0];
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 24, 24));
      return fc.oneof(...example, fc.string({ minLength, maxLength }));
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      const whole = fc.bigInt({ min: BigInt(Math.ceil(min)), max: BigInt(Math.floor(max)) }).map(Number);
      return fc.oneof(...example, whole);
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(depth > 4 ? fc.constant(null) : validValue(document, schema.items ?? {}, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, 3),
      });
    default: {
      if (!schema.properties || depth > 4) return fc.constant({});
      const keys = Object.keys(schema.properties);
      return fc.record(
        Object.fromEntries(keys.map((k) => [k, validValue(document, schema.properties[k], depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((k: string) => keys.includes(k)) },
      );
    }
  }
}

/** Keys no DTO declares: prototype keys, SQL and JSON fragments as names, a key of 70 KB. */
const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'agencyCode', 'roles', 'id', '$where'),
  fc.constantFrom(...SQL, ...JSON_FRAGMENTS, ...UNICODE),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);

/**
 * A body for the schema: the valid shape with hostile values in some fields, required fields left
 * out, keys added (`__proto__` written as a real own key), or no object at all.
 */
export function hostileBody(document: any, schemaOrRef: any): fc.Arbitrary<string | Buffer> {
  const schema = resolve(document, schemaOrRef);
  const properties: Record<string, any> = schema.properties ?? {};
  const keys = Object.keys(properties);
  const shaped = fc
    .record({
      base: validValue(document, schema) as fc.Arbitrary<Record<string, unknown>>,
      poisoned: fc.subarray(keys),
      values: fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }),
      dropped: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      extras: fc.array(fc.tuple(extraKey, hostileValue), { maxLength: 2 }),
      duplicate: fc.boolean(),
    })
    .map(({ base, poisoned, values, dropped, extras, duplicate }) => {
      const body: Record<string, unknown> = typeof base === 'object' && base !== null ? { ...base } : {};
      poisoned.forEach((k, i) => (body[k] = values[i]));
      for (const k of dropped) delete body[k];
      let text = toJsonText(body);
      const added = extras.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`);
      // The same key twice: which one wins must not matter, the body is still checked.
      if (duplicate && keys.length) added.push(`${JSON.stringify(keys[0])}:${toJsonText(values[0] ?? null)}`);
      if (added.length)
        text = text === '{}' ? `{${added.join(',')}}` : `${text.slice(0, -1)},${added.join(',')}}`;
      return text;
    });
  const notAnObject = hostileValue.map(toJsonText);
  const malformed = fc.constantFrom<string | Buffer>(
    '',
    '{',
    '{"a":1,}',
    "{'a':1}",
    '{"a":1}{"b":2}',
    'undefined',
    '\ufeff{}',
    '{"a":"\\ud800"}',
    '{"a":"\\x41"}',
    '{"a":"\u0000"}',
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    Buffer.from([0x00, 0x00, 0x00]),
  );
  const atTheLimit = fc.constantFrom(BODY_LIMIT - 64, BODY_LIMIT + 1, 3 * BODY_LIMIT).map((size) => {
    const field = keys[0] ?? 'x';
    const overhead = JSON.stringify({ [field]: '' }).length;
    return JSON.stringify({ [field]: 'a'.repeat(Math.max(0, size - overhead)) });
  });
  return fc.oneof(
    { weight: 12, arbitrary: shaped },
    { weight: 3, arbitrary: notAnObject },
    { weight: 2, arbitrary: malformed },
    { weight: 1, arbitrary: atTheLimit },
  );
}

/** A string put in a path segment or query value: valid for the schema, or hostile. */
function paramValue(document: any, param: Parameter, known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: validValue(document, param.schema ?? { type: 'string' }).map(asText) },
    { weight: known.length ? 2 : 0, arbitrary: fc.constantFrom(...(known.length ? known : ['x'])) },
    {
      weight: 4,
      arbitrary: hostileValue.map((v) => {
        const text = asText(v);
        // Path values stay short enough for a request line; long ones go in bodies and headers.
        return text.length > 4000 ? text.slice(0, 4000) : text;
      }),
    },
  );
}

/** Percent-encodes every byte of the UTF-8 form, lone surrogates included (encodeURIComponent throws on them). */
export function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

export type Caller = 'admin' | 'viewer' | 'anonymous' | 'forged' | 'both';

export interface GeneratedRequest {
  operation: Operation;
  caller: Caller;
  request: RawRequest;
}

export interface Tokens {
  admin: string;
  viewer: string;
}

const CONTENT_TYPES: Array<Array<[string, string | Buffer]>> = [
  [['Content-Type', 'text/plain']],
  [['Content-Type', 'application/json; charset=utf-16']],
  [['Content-Type', 'application/x-www-form-urlencoded']],
  [['Content-Type', 'multipart/form-data; boundary=x']],
  [['Content-Type', '']],
  [
    ['Content-Type', 'application/json'],
    ['Content-Type', 'text/plain'],
  ],
  [['Content-Type', Buffer.from('application/json; é=ü', 'utf8')]],
  [],
];

/** Headers an attacker adds: huge, repeated, outside ASCII, or at odds with what the gateway checks. */
const hostileHeader: fc.Arbitrary<Array<[string, string | Buffer]>> = fc.oneof(
  fc
    .constantFrom(4_000, 12_000, 70_000)
    .map((n) => [['X-Padding', 'a'.repeat(n)]] as Array<[string, string]>),
  fc.constant(Array.from({ length: 150 }, (_, i) => [`X-Many-${i}`, String(i)] as [string, string])),
  fc.constant<Array<[string, string | Buffer]>>([
    ['X-Correlation-Id', 'first'],
    ['X-Correlation-Id', 'second'],
  ]),
  fc
    .constantFrom(...UNICODE, ...SQL, 'a'.repeat(500))
    .map((v) => [['X-Correlation-Id', Buffer.from(v.replace(/[\r\n\0]/g, ''))]] as Array<[string, Buffer]>),
  fc
    .constantFrom('Kabupaten Muaro Jambi é', 'Вход', '😀', 'ÿþ')
    .map((v) => [['X-Agency', Buffer.from(v, 'utf8')]] as Array<[string, Buffer]>),
  fc.constant<Array<[string, string | Buffer]>>([['X-Latin', Buffer.from([0xe9, 0xff, 0x80])]]),
  fc
    .constantFrom('a'.repeat(300), '😀', "'; DROP TABLE idempotency_keys; --", '')
    .map((v) => [['Idempotency-Key', Buffer.from(v)]] as Array<[string, Buffer]>),
  fc.constant<Array<[string, string | Buffer]>>([
    ['Idempotency-Key', 'k1'],
    ['Idempotency-Key', 'k2'],
  ]),
  fc
    .constantFrom('"x"', 'W/"', '*', 'a'.repeat(2000))
    .map((v) => [['If-None-Match', v]] as Array<[string, string]>),
  fc
    .constantFrom('text/csv', 'application/xml', '*/*;q=0', 'text/csv, application/json;q=0.1')
    .map((v) => [['Accept', v]] as Array<[string, string]>),
  fc
    .constantFrom('1.2.3.4, ' + 'x'.repeat(2000), '::1, 127.0.0.1', "'; --")
    .map((v) => [['X-Forwarded-For', v]] as Array<[string, string]>),
  fc
    .constantFrom('Bad Header', 'X-Ctl\u0001', 'X(y)')
    .map((name) => [[name, 'v']] as Array<[string, string]>),
  fc.constant<Array<[string, string | Buffer]>>([['X-Ctl', Buffer.from('a\u0001b\u007f')]]),
  fc.constant<Array<[string, string | Buffer]>>([
    ['Content-Length', '5'],
    ['Content-Length', '6'],
  ]),
  fc.constant<Array<[string, string | Buffer]>>([['Transfer-Encoding', 'chunked, identity']]),
  fc.constant<Array<[string, string | Buffer]>>([
    ['Cookie', `sinergi_session=${'a'.repeat(200)}; sinergi_session=x`],
  ]),
  fc.constant<Array<[string, string | Buffer]>>([['X-CSRF-Token', '\u00ff'.repeat(10)]]),
);

/**
 * One request for one operation: path parameters, query and body derived from the schema and made
 * hostile, sent with the given caller's token (or none, a forged one, two), hostile headers at times.
 */
export function requestFor(
  document: any,
  operation: Operation,
  tokens: Tokens,
  knownIds: string[],
): fc.Arbitrary<GeneratedRequest> {
  const params = operation.pathParams.map((p) =>
    paramValue(document, p, p.schema?.format === 'uuid' || p.name === 'id' ? knownIds : []),
  );
  const query = operation.query.map((p) =>
    fc.option(
      paramValue(document, p, []).map((v) => [p.name, v] as [string, string]),
      { freq: 2 },
    ),
  );
  const extraQuery = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          ...operation.query.map((q) => q.name),
          '__proto__',
          'constructor[prototype][x]',
          'limit[]',
          'a',
        ),
        extraKey,
      ),
      hostileValue.map((v) => asText(v).slice(0, 2000)),
    ),
    { maxLength: 2 },
  );
  // Bodies go with the operations that take one, and now and then with those that take none.
  const body: fc.Arbitrary<string | Buffer | undefined> = operation.body
    ? hostileBody(document, operation.body)
    : fc.option(hostileBody(document, { type: 'object' }), { freq: 6, nil: undefined });
  return fc
    .record({
      values: fc.tuple(...params),
      query: fc.tuple(...query),
      extraQuery,
      body,
      caller: fc.constantFrom<Caller>(
        'admin',
        'admin',
        'admin',
        'admin',
        'admin',
        'admin',
        'admin',
        'viewer',
        'viewer',
        'anonymous',
        'forged',
        'both',
      ),
      contentType: fc.oneof(
        {
          weight: 10,
          arbitrary: fc.constant<Array<[string, string | Buffer]>>([['Content-Type', 'application/json']]),
        },
        { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
      ),
      headers: fc.oneof(
        { weight: 3, arbitrary: fc.constant<Array<[string, string | Buffer]>>([]) },
        {
          weight: 2,
          arbitrary: fc.array(hostileHeader, { minLength: 1, maxLength: 3 }).map((h) => h.flat()),
        },
      ),
    })
    .map(({ values, query: q, extraQuery: extra, body: text, caller, contentType, headers }) => {
      let i = 0;
      const pathPart = operation.path.replace(/\{[^}]+\}/g, () => encodeSegment(values[i++]));
      const pairs = [...q.filter((p): p is [string, string] => p !== null), ...extra];
      const search = pairs.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&');
      const auth: Array<[string, string]> =
        caller === 'admin'
          ? [['Authorization', `Bearer ${tokens.admin}`]]
          : caller === 'viewer'
            ? [['Authorization', `Bearer ${tokens.viewer}`]]
            : caller === 'forged'
              ? [
                  [
                    'Authorization',
                    `Bearer ${tokens.admin.split('.').slice(0, 2).join('.')}.${'A'.repeat(43)}`,
                  ],
                ]
              : caller === 'both'
                ? [
                    ['Authorization', `Bearer ${tokens.viewer}`],
                    ['Authorization', `Bearer ${tokens.admin}`],
                  ]
                : [];
      const payload = text === undefined ? undefined : Buffer.isBuffer(text) ? text : Buffer.from(text);
      return {
        operation,
        caller,
        request: {
          method: operation.method,
          target: search ? `${pathPart}?${search}` : pathPart,
          headers: [...auth, ...(payload ? contentType : []), ...headers],
          body: payload,
        },
      };
    });
}

/** A short description of a request for failure messages (no token, body cut). */
export function describe(generated: GeneratedRequest): string {
  const { request } = generated;
  const headers = request.headers
    .filter(([name]) => name.toLowerCase() !== 'authorization')
    .map(([name, value]) => `${name}: ${String(value).slice(0, 80)}${String(value).length > 80 ? '…' : ''}`);
  const body = request.body ? request.body.toString('utf8') : '';
  return [
    `${request.method} ${request.target.slice(0, 300)} as ${generated.caller}`,
    ...headers,
    body.length > 400 ? `${body.slice(0, 400)}… (${body.length} bytes)` : body,
  ].join('\n  ');
}
