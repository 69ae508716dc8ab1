import type { RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { gatewayService } from '../src/service';

// A console build as Vite lays it out: index.html with the nonce placeholder, hashed assets.
const INDEX = `<!doctype html><html lang="id"><head><meta name="csp-nonce" content="__CSP_NONCE__">
<script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>`;
const SCRIPT = `console.log(${JSON.stringify('sinergi '.repeat(200))});`;

describe('the web console served by the gateway at /', () => {
  let gateway: RunningService;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sinergi-console-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), INDEX);
    writeFileSync(path.join(dir, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
    gateway = await startTestService(gatewayService, { CONSOLE_DIR: dir });
  });

  afterAll(async () => {
    await gateway?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    request(`${gateway.url}${url}`, { headers: { accept: 'text/html', ...headers } });

  it('answers / with the page, never cached, under a strict CSP whose nonce is new on every answer', async () => {
    const first = await get('/');
    const html = await first.body.text();
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-store');
    const nonce = /content="([^"]+)"/.exec(html)![1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.headers['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; ` +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(first.headers['x-frame-options']).toBe('DENY');
    const second = await get('/');
    const secondNonce = /content="([^"]+)"/.exec(await second.body.text())![1];
    expect(secondNonce).not.toBe(nonce);
  });

  it("opens the console's own paths directly, but answers other clients' unknown paths 404", async () => {
    const deepLink = await get('/kesepakatan/0195f0a0-0000-7000-8000-000000000001?tab=history');
    expect(deepLink.statusCode).toBe(200);
    expect(await deepLink.body.text()).toContain('<div id="root"></div>');
    const api = await get('/kesepakatan', { accept: 'application/json' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    await api.body.dump();
  });

  it('serves hashed assets cached for a year, gzipped when the browser accepts it', async () => {
    const plain = await get('/assets/index-Ab12Cd34.js', { accept: '*/*' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(await plain.body.text()).toBe(SCRIPT);
    const gzipped = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const body = Buffer.from(await gzipped.body.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(gunzipSync(body).toString()).toBe(SCRIPT);
  });

  it('answers 404 for an asset that is not in the build, and 400 for attempts to leave the folder', async () => {
    for (const [url, status] of [
      ['/assets/index-00000000.js', 404],
      ['/assets/..%2Findex.html', 400],
      ['/assets/%2e%2e%2f%2e%2e%2fpackage.json', 400],
    ] as const) {
      const response = await get(url, { accept: '*/*' });
      expect({ url, status: response.statusCode }).toEqual({ url, status });
      expect(response.headers['cache-control']).toBe('no-store');
      await response.body.dump();
    }
  });

  it('leaves the API, health and docs routes as they were', async () => {
    const api = await get('/api/v1/agreements', { accept: 'application/json' });
    expect(api.statusCode).toBe(401);
    await api.body.dump();
    const apiAsBrowser = await get('/api/v1/agreements');
    expect(apiAsBrowser.statusCode).toBe(401);
    await apiAsBrowser.body.dump();
    const ready = await get('/health/ready', { accept: 'application/json' });
    expect(ready.statusCode).toBe(200);
    expect((await ready.body.json()) as object).toEqual({ status: 'ready' });
    const docs = await get('/docs');
    expect(await docs.body.text()).toContain('swagger-ui');
  });
});
