import type { CallerIdentity, ServiceName } from '@sinergi/platform';
import {
  CSV_CONTENT_TYPE,
  csvColumns,
  csvLine,
  csvRow,
  problem,
  PROBLEM_CONTENT_TYPE,
} from '@sinergi/platform';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { ServiceClient } from './service-client';

type ListPage = { items: Array<Record<string, unknown>>; nextCursor: string | null };

/** True when the client asks for CSV (`Accept: text/csv`). */
export const wantsCsv = (accept: string | undefined) => /(^|,)\s*text\/csv\b/i.test(accept ?? '');

const isListPage = (body: unknown): body is ListPage =>
  typeof body === 'object' &&
  body !== null &&
  Array.isArray((body as ListPage).items) &&
  'nextCursor' in body;

/**
 * Answers a list route as CSV: the same list as the JSON answer, with the same filters, every page
 * from the requested one on (following `nextCursor`), streamed page by page. The header row names
 * the first page's fields; nested values are JSON in their cell.
 */
export async function answerListAsCsv(
  services: ServiceClient,
  target: { service: ServiceName; path: string; query: string | undefined; instance: string },
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
  const page = JSON.parse(first.body) as unknown;
  if (!isListPage(page)) {
    const body = problem(
      'request.not-acceptable',
      'only lists are answered as text/csv; ask for application/json',
      {
        instance: target.instance,
      },
    );
    return reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
  const columns = csvColumns(page.items);
  async function* lines() {
    yield csvLine(columns);
    let current: ListPage = page as ListPage;
    for (;;) {
      for (const item of current.items) yield csvRow(item, columns);
      if (!current.nextCursor) return;
      const next = await fetchPage(current.nextCursor);
      if (next.status !== 200)
        throw new Error(`${target.service} answered ${next.status} while streaming CSV`);
      current = JSON.parse(next.body) as ListPage;
    }
  }
  return reply.status(200).header('content-type', CSV_CONTENT_TYPE).send(Readable.from(lines()));
}
