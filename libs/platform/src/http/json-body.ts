import { parse as parseForm } from 'node:querystring';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** No request body of the API nests deeper than a few levels; 32 leaves room and bounds recursion. */
export const MAX_JSON_DEPTH = 32;

const refused = (message: string) => Object.assign(new Error(message), { statusCode: 400 });

/** True when arrays and objects in the JSON text nest deeper than `max` (strings are skipped). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const NUL = '\u0000';

/**
 * Why a parsed body or query cannot be taken, if it cannot: a number JSON.parse made infinite
 * (`1e400`), or text holding NUL, which PostgreSQL cannot store in `text` and refuses mid-query.
 */
export function refusalOf(value: unknown): string | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : 'the JSON body holds a number too large to represent';
  if (typeof value === 'string')
    return value.includes(NUL) ? 'text may not contain the NUL character (U+0000)' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const refusal = key.includes(NUL) ? refusalOf(key) : refusalOf(item);
    if (refusal) return refusal;
  }
  return undefined;
}

/**
 * The body parsers Nest would register, JSON hardened. JSON bodies as fastify parses them (prototype and constructor poisoning refused), and in addition
 * refused with 400 when nested deeper than MAX_JSON_DEPTH (validation and re-serialisation recurse,
 * and would exhaust the stack), holding a number too large to represent (which JSON.stringify
 * would silently turn into `null`) or text with NUL; a query with NUL is refused likewise.
 */
export function installBodyParsers(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (nestsDeeperThan(text, MAX_JSON_DEPTH))
      return done(refused(`the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`), undefined);
    void parse(request, text, (error, value) => {
      if (error) return done(error, undefined);
      const refusal = refusalOf(value);
      if (refusal) return done(refused(refusal), undefined);
      done(null, value);
    });
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const refusal = refusalOf(request.query);
    done(refusal ? refused(`query: ${refusal}`) : undefined);
  });
  // Forms as Nest parses them (a repeated field becomes an array); only the token request reads one.
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, { ...parseForm(body as string) }),
  );
}
