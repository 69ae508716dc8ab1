import { NotAcceptableException, StreamableFile } from '@nestjs/common';
import type { CallerIdentity, Page, ServiceName } from '@sinergi/platform';
import { CSV_CONTENT_TYPE, csvColumns, csvLine, csvRow } from '@sinergi/platform';
import type { FastifyReply } from 'fastify';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { OPENAPI_DOCUMENT } from '../openapi/docs.controller';
import { toOpenApiPath } from '../openapi/openapi-document';
import type { ServiceClient } from './service-client';

type ListPage = Page<Record<string, unknown>>;
type CsvOperation = { responses?: Record<string, { content?: Record<string, unknown> }> };

/** True when the client asks for CSV (`Accept: text/csv`). */
export const wantsCsv = (accept: string | undefined) => /(^|,)\s*text\/csv\b/i.test(accept ?? '');

/** The paths (OpenAPI form) whose GET answer the document offers as `text/csv`: the lists. */
export function csvListPaths(document: { paths: Record<string, { get?: CsvOperation }> }): Set<string> {
  return new Set(
    Object.entries(document.paths)
      .filter(([, operations]) => operations.get?.responses?.['200']?.content?.['text/csv'] !== undefined)
      .map(([path]) => path),
  );
}

const CSV_LISTS = csvListPaths(JSON.parse(readFileSync(OPENAPI_DOCUMENT, 'utf8')));

/**
 * True when the route (`/api/v1/agreements/:id/evaluations`) is a list that answers CSV. Known
 * before the route runs, so that a CSV request for anything else is refused without reading (and,
 * for a person, logging) what it names.
 */
const isCsvList = (template: string): boolean => CSV_LISTS.has(toOpenApiPath(template));

/**
 * Whether a request asks for CSV (a GET or HEAD with `Accept: text/csv`); refused (406) when its
 * route (`/api/v1/agreements/:id`) is not a list.
 */
export function csvAsked(method: string, accept: string | undefined, template: string): boolean {
  if ((method !== 'GET' && method !== 'HEAD') || !wantsCsv(accept)) return false;
  if (!isCsvList(template))
    throw new NotAcceptableException('only lists are answered as text/csv; ask for application/json');
  return true;
}

const isListPage = (body: unknown): body is ListPage =>
  typeof body === 'object' &&
  body !== null &&
  Array.isArray((body as ListPage).items) &&
  'nextCursor' in body;

/**
 * A list as CSV (RFC 4180): every page from `first` on, following `nextCursor`, streamed page by
 * page. The header row names the first page's fields; nested values are JSON in their cell.
 */
function csvOfPages(first: ListPage, next: (cursor: string) => Promise<ListPage>): Readable {
  const columns = csvColumns(first.items);
  async function* lines() {
    yield csvLine(columns);
    for (let current = first; ; current = await next(current.nextCursor!)) {
      for (const item of current.items) yield csvRow(item, columns);
      if (!current.nextCursor) return;
    }
  }
  return Readable.from(lines());
}

/**
 * Answers a forwarded list route as CSV: the same list as the JSON answer, with the same filters,
 * every page from the requested one on.
 */
export async function answerListAsCsv(
  services: ServiceClient,
  target: { service: ServiceName; path: string; query: string | undefined },
  caller: CallerIdentity,
  reply: FastifyReply,
) {
  const params = new URLSearchParams(target.query ?? '');
  const fetchPage = async (cursor?: string) => {
    if (cursor) params.set('cursor', cursor);
    const search = params.toString();
    return services.call(target.service, 'GET', search ? `${target.path}?${search}` : target.path, {
      caller,
    });
  };
  const first = await fetchPage();
  if (first.status !== 200)
    return reply.status(first.status).header('content-type', first.contentType).send(first.body);
  const pageOf = (body: string): ListPage => {
    const page = JSON.parse(body) as unknown;
    if (!isListPage(page))
      throw new Error(`${target.service} answered ${target.path} with something that is not a page`);
    return page;
  };
  const csv = csvOfPages(pageOf(first.body), async (cursor) => {
    const next = await fetchPage(cursor);
    if (next.status !== 200) throw new Error(`${target.service} answered ${next.status} while streaming CSV`);
    return pageOf(next.body);
  });
  return reply.status(200).header('content-type', CSV_CONTENT_TYPE).send(csv);
}

/**
 * The answer of a list the gateway owns: the page as JSON, or, when the client asks for CSV, every
 * page from the query's cursor on.
 */
export async function listAnswer<Q extends { cursor?: string }, T>(
  accept: string | undefined,
  query: Q,
  list: (query: Q) => Promise<Page<T>>,
): Promise<Page<T> | StreamableFile> {
  const first = await list(query);
  if (!wantsCsv(accept)) return first;
  // Each item as its JSON answer has it (a Date as its ISO text), as a forwarded list's items are.
  const pageOf = (page: Page<T>) => JSON.parse(JSON.stringify(page)) as ListPage;
  const csv = csvOfPages(pageOf(first), async (cursor) => pageOf(await list({ ...query, cursor })));
  return new StreamableFile(csv, { type: CSV_CONTENT_TYPE });
}
