import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NotificationsEnv } from '../src/config/notifications-env';
import { notificationsService } from '../src/service';

/** Test-only key sealing the signing secrets (real deployments pass WEBHOOK_SECRET_KEY). */
export const TEST_WEBHOOK_SECRET_KEY = 'c3'.repeat(32);

class TestNotificationsEnv extends NotificationsEnv {
  override WEBHOOK_SECRET_KEY = TEST_WEBHOOK_SECRET_KEY;
}

/** The service with the test key as environment default. */
export const testNotificationsService = { ...notificationsService, envClass: TestNotificationsEnv };

/** A short random agency code of the test's own, so test files never share agencies. */
export const agencyCode = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex').toUpperCase()}`;

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  status: number;
  at: number;
}

/**
 * A local webhook receiver: records every request and answers 204, or what `answer` says for a
 * path (given the number of requests that path had so far, this one included).
 */
export class Receiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly answers = new Map<string, (count: number) => number>();
  private constructor(private readonly server: Server) {}

  static async start(): Promise<Receiver> {
    const receiver: Receiver = new Receiver(
      createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const path = request.url ?? '/';
          const count = receiver.received.filter((r) => r.path === path).length + 1;
          const status = receiver.answers.get(path)?.(count) ?? 204;
          receiver.received.push({
            path,
            headers: request.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            status,
            at: Date.now(),
          });
          response.writeHead(status).end();
        });
      }),
    );
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  answer(path: string, status: (count: number) => number) {
    this.answers.set(path, status);
  }

  at(path: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.path === path);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
