import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningService } from '@sinergi/platform';
import { startTestService, TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { agreementsService } from '../../agreements/src/service';
import { ApiSession } from '../src/demo/api-session';
import { gatewayService } from '../src/service';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends the request target byte for byte over a socket: fetch and undici normalise or strip what
 * an attacker's client sends as is (`#…`, `..`, `%2e%2e`).
 */
function rawGet(baseUrl: string, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const entries = headerLines.map((line) => {
        const i = line.indexOf(':');
        return [line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()] as const;
      });
      const chunked = entries.some(([k, v]) => k === 'transfer-encoding' && v === 'chunked');
      const raw = rest.join('\r\n\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: Object.fromEntries(entries),
        body: chunked ? raw.replace(/^[0-9a-f]+\r\n|\r\n[0-9a-f]+\r\n/gi, '') : raw,
      });
    });
    const lines = [
      `GET ${target} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Accept: text/html, application/json',
      'Connection: close',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

async function tokenOf(baseUrl: string, clientId: string, clientSecret: string): Promise<string> {
  const { body } = await new ApiSession(baseUrl).send('POST', '/auth/token', { clientId, clientSecret }, 200);
  return body.accessToken as string;
}

const CONSOLE_ASSET = 'index-Ab12Cd34.js';

describe('paths the gateway refuses before routing (real gateway and agreements service)', () => {
  let agreements: RunningService;
  let gateway: RunningService;
  let consoleDir: string;
  let admin: ApiSession;
  let adminToken: string;
  let viewerToken: string;
  let agreementId: string;

  beforeAll(async () => {
    consoleDir = mkdtempSync(path.join(tmpdir(), 'sinergi-console-'));
    mkdirSync(path.join(consoleDir, 'assets'));
    writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>Sinergi</title>');
    writeFileSync(path.join(consoleDir, 'assets', CONSOLE_ASSET), 'console.log(1)');
    agreements = await startTestService(agreementsService);
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: agreements.url,
      CONSOLE_DIR: consoleDir,
    });
    adminToken = await tokenOf(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    admin = new ApiSession(gateway.url, adminToken);
    for (const [code, kind] of [
      ['PEMKAB-PATHS', 'PEMKAB'],
      ['KANWIL-PATHS', 'KANWIL_PAS'],
    ])
      await admin.post('/agencies', { code, name: code, kind, regionCode: '1505' }, 201);
    const agreement = await admin.post(
      '/agreements',
      {
        kind: 'MOU',
        number: 'NK/PATHS/1',
        title: 'Secret clauses of the MoU',
        scopes: ['SKILLS_TRAINING'],
        partyCodes: ['PEMKAB-PATHS', 'KANWIL-PATHS'],
        startDate: '2027-01-01',
        endDate: '2029-12-31',
      },
      201,
    );
    agreementId = agreement.id;
    const viewer = await admin.post(
      '/clients',
      { name: 'viewer', agencyCode: 'PEMKAB-PATHS', roles: ['viewer'] },
      201,
    );
    viewerToken = await tokenOf(gateway.url, viewer.clientId, viewer.clientSecret);
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await agreements?.stop();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  it('refuses the fragment trick: a viewer cannot read an agreement through the work-plan route', async () => {
    const asViewer = { authorization: `Bearer ${viewerToken}` };
    // The viewer may read a work plan but not the agreement itself.
    expect((await rawGet(gateway.url, `/api/v1/agreements/${agreementId}`, asViewer)).status).toBe(403);
    expect(
      (await rawGet(gateway.url, `/api/v1/agreements/${agreementId}/work-plans/2027`, asViewer)).status,
    ).toBe(404);
    const trick = await rawGet(gateway.url, `/api/v1/agreements/${agreementId}#/work-plans/2027`, asViewer);
    expect(trick.status).toBe(400);
    expect(trick.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(trick.body)).toMatchObject({ status: 400, code: 'request.invalid-path' });
    expect(trick.body).not.toContain('Secret clauses');
  });

  const hostile = (id: string) => [
    `/api/v1/agreements/${id}#/work-plans/2027`,
    `/api/v1/agreements/${id};/work-plans/2027`,
    `/api/v1/agreements/${id};x=1`,
    `/api/v1/agreements/${id}%2Fwork-plans%2F2027`,
    `/api/v1/agreements/${id}%2fhistory`,
    `/api/v1/agreements/${id}%5Chistory`,
    `/api/v1/agreements/${id}\\history`,
    `/api/v1/agreements/${id}%00`,
    `/api/v1/agreements/${id}%0a`,
    `/api/v1/agreements/${id}/work-plans/../../${id}`,
    `/api/v1/agreements/${id}/work-plans/%2e%2e/%2E%2E/${id}`,
    `/api/v1/agreements/${id}/./history`,
    `/api/v1/agreements/${id}/%2e/history`,
    `/api/v1/agreements/.%2e/agreements/${id}`,
    `/api/v1/agreements/%E0`,
    `/api/v1/agreements/%E0%A4%A`,
    `/api/v1/agreements/%zz`,
    `/api/v1/agreements/%`,
    `/api/v1/agreements?status=ACTIVE#x`,
    `/assets/..%2F..%2Fpackage.json`,
    `/assets/%2e%2e/index.html`,
    `/assets/${CONSOLE_ASSET};.html`,
    `/assets/%E0`,
    `/assets/..\\..\\package.json`,
    `/kesepakatan/..%2f..%2fetc%2fpasswd`,
    `/kesepakatan/%00`,
    `http://127.0.0.1/api/v1/agreements/${id}`,
  ];

  it('answers every path trick with 400 problem+json, with or without a token, on the API and the console', async () => {
    for (const target of hostile(agreementId)) {
      for (const headers of [{}, { authorization: `Bearer ${adminToken}` }] as Array<
        Record<string, string>
      >) {
        const answer = await rawGet(gateway.url, target, headers);
        expect([target, answer.status, answer.headers['content-type']]).toEqual([
          target,
          400,
          expect.stringMatching(/^application\/problem\+json/),
        ]);
        expect(JSON.parse(answer.body).code).toBe('request.invalid-path');
        expect(answer.headers['x-correlation-id']).toBeTruthy();
        expect(answer.body).not.toContain('Secret clauses');
      }
    }
  });

  it('still serves plain paths, including encoded characters that are not tricks', async () => {
    const asAdmin = { authorization: `Bearer ${adminToken}` };
    const agreement = await rawGet(gateway.url, `/api/v1/agreements/${agreementId}`, asAdmin);
    expect(agreement.status).toBe(200);
    expect(JSON.parse(agreement.body).title).toBe('Secret clauses of the MoU');
    const spaced = await rawGet(gateway.url, '/api/v1/agencies/PEMKAB%20PATHS', asAdmin);
    expect([spaced.status, JSON.parse(spaced.body).code]).toEqual([404, 'resource.not-found']);
    const badQuery = await rawGet(gateway.url, '/api/v1/agreements?status=%E0', asAdmin);
    expect([badQuery.status, JSON.parse(badQuery.body).code]).toEqual([400, 'request.invalid-input']);
    // PostgreSQL cannot store NUL in text: refused before any query, not a 500 from the database.
    const nulQuery = await rawGet(gateway.url, '/api/v1/agreements?partyCode=PEMKAB%00', asAdmin);
    expect([nulQuery.status, nulQuery.headers['content-type'], JSON.parse(nulQuery.body).code]).toEqual([
      400,
      'application/problem+json; charset=utf-8',
      'request.malformed',
    ]);
    const asset = await rawGet(gateway.url, `/assets/${CONSOLE_ASSET}`);
    expect([asset.status, asset.body]).toEqual([200, 'console.log(1)']);
    expect((await rawGet(gateway.url, '/kesepakatan/baru')).status).toBe(200);
  });
});
