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

/** True when a number of the parsed value is not finite (`1e400` parses as Infinity). */
export function holdsNonFiniteNumber(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsNonFiniteNumber);
}

/**
 * The body parsers Nest would register, JSON hardened. JSON bodies as fastify parses them (prototype and constructor poisoning refused), and in addition
 * refused with 400 when nested deeper than MAX_JSON_DEPTH (validation and re-serialisation recurse,
 * and would exhaust the stack) or holding a number too large to represent (which JSON.stringify
 * would silently turn into `null`).
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
      if (holdsNonFiniteNumber(value))
        return done(refused('the JSON body holds a number too large to represent'), undefined);
      done(null, value);
    });
  });
  // Forms as Nest parses them (a repeated field becomes an array); only the token request reads one.
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, { ...parseForm(body as string) }),
  );
}
