import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SERVICE_ENV } from '@sinergi/platform';
import type { GatewayEnv } from '../config/gateway-env';

const NONCE_PLACEHOLDER = '__CSP_NONCE__';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface Asset {
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
}

/** The CSP of the console's page: only its own scripts, and styles from its files or with the page's nonce. */
export function consoleCsp(nonce: string) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The built console (services/console/dist), read and compressed once at start. */
@Injectable()
export class ConsoleFiles implements OnModuleInit {
  private readonly logger = new Logger(ConsoleFiles.name);
  private index?: string;
  private readonly assets = new Map<string, Asset>();

  constructor(@Inject(SERVICE_ENV) private readonly env: GatewayEnv) {}

  get directory() {
    if (this.env.CONSOLE_DIR) return path.resolve(this.env.CONSOLE_DIR);
    return path.join(path.dirname(require.resolve('@sinergi/console/package.json')), 'dist');
  }

  onModuleInit() {
    const dir = this.directory;
    if (!existsSync(path.join(dir, 'index.html'))) {
      this.logger.warn(`no web console at ${dir} (build it with npm run build); / answers 503`);
      return;
    }
    this.index = readFileSync(path.join(dir, 'index.html'), 'utf8');
    for (const name of readdirSync(path.join(dir, 'assets'))) {
      const body = readFileSync(path.join(dir, 'assets', name));
      const contentType = CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream';
      this.assets.set(name, { contentType, body, gzipped: gzipSync(body, { level: 9 }) });
    }
  }

  get built() {
    return this.index !== undefined;
  }

  /** index.html with a fresh nonce, and the CSP that allows it. */
  page(): { html: string; csp: string } {
    const nonce = randomBytes(16).toString('base64');
    return { html: this.index!.replaceAll(NONCE_PLACEHOLDER, nonce), csp: consoleCsp(nonce) };
  }

  asset(name: string): Asset | undefined {
    return this.assets.get(name);
  }
}
