import { randomUUID } from 'node:crypto';
import type { RunningService } from '@sinergi/platform';
import {
  eventually,
  LogCapture,
  readRunTopics,
  startTestService,
  TEST_GATEWAY_SECRETS,
} from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { nikFor, registerAgency, startRehabilitation, unique } from '../../rehabilitation/test/support';
import { IdempotencyService } from '../src/idempotency/idempotency.service';
import { gatewayService } from '../src/service';

/**
 * People registered through the gateway with Idempotency-Keys, and clients created with them: the
 * gateway's own tables, the log lines of the gateway and rehabilitation, and every Kafka topic of
 * the run hold none of their personal data or secrets (real gateway, rehabilitation, PostgreSQL
 * and Kafka).
 */
describe('personal data and secrets at rest in the gateway, the logs and Kafka', () => {
  let rehabilitation: RunningService;
  let gateway: RunningService;
  let admin: string;
  const facility = unique('LAPAS-SENGETI');
  const given: string[] = [];
  const participantIds: string[] = [];
  // Every level, so that the scan covers all the services can write.
  const logs = new LogCapture();
  const LOGGING = { LOG_LEVEL: 'trace' };

  const post = (path: string, body: unknown, key?: string) =>
    fetch(`${gateway.url}/api/v1${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${admin}`,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
  const gatewayDb = () => gateway.app.get(DataSource);

  /** Every row of every table of the gateway's schema, as text. */
  async function everyGatewayRow(): Promise<string[]> {
    const tables: Array<{ name: string }> = await gatewayDb().query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['idempotency_keys', 'api_clients']));
    const rows: string[] = [];
    for (const { name } of tables) {
      const found: Array<{ row: string }> = await gatewayDb().query(`SELECT t::text AS row FROM "${name}" t`);
      rows.push(...found.map((r) => r.row));
    }
    return rows;
  }

  beforeAll(async () => {
    rehabilitation = await startRehabilitation(LOGGING, { logs });
    await registerAgency(rehabilitation, facility, 'LAPAS');
    gateway = await startTestService(
      gatewayService,
      { ...LOGGING, REHABILITATION_URL: rehabilitation.url },
      { logs },
    );
    const token = await fetch(`${gateway.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
        clientSecret: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
      }),
    });
    admin = ((await token.json()) as { accessToken: string }).accessToken;
  });
  afterAll(async () => {
    await gateway?.stop();
    await rehabilitation?.stop();
  });

  const person = (serial: number) => {
    const birthDate = `1987-04-${String(10 + serial).padStart(2, '0')}`;
    const body = {
      registrationNumber: `REG-${randomUUID()}`,
      nik: nikFor(birthDate, 'M', 8000 + serial),
      fullName: `Rahasia Pribadi ${randomUUID().slice(0, 8)}`,
      sex: 'M',
      birthDate,
      facilityCode: facility,
    };
    given.push(body.nik, body.fullName, body.birthDate);
    return body;
  };

  it('replays a registration from a sealed answer, and keeps no NIK, name, birth date or client secret', async () => {
    for (let serial = 1; serial <= 3; serial++) {
      const body = person(serial);
      const key = `register-${randomUUID()}`;
      const first = await post('/participants', body, key);
      expect(first.status).toBe(201);
      const created = (await first.json()) as { id: string };
      expect(created).toMatchObject({ nik: body.nik, fullName: body.fullName, birthDate: body.birthDate });
      participantIds.push(created.id);
      const replay = await post('/participants', body, key);
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await replay.json()).toEqual(created);
    }
    const client = await post(
      '/clients',
      { name: 'Lapas Sengeti', agencyCode: facility, roles: ['program-officer'] },
      'client-1',
    );
    expect(client.status).toBe(201);
    const { clientSecret } = (await client.json()) as { clientSecret: string };
    given.push(clientSecret, TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET);

    const rows = await everyGatewayRow();
    const sealed: Array<{ body_sealed: string | null }> = await gatewayDb().query(
      `SELECT body_sealed FROM idempotency_keys WHERE key LIKE 'register-%' OR key = 'client-1'`,
    );
    expect(sealed.filter((r) => r.body_sealed !== null)).toHaveLength(3);
    expect(sealed).toHaveLength(4);
    const leaks = rows.filter((row) => given.some((value) => row.includes(value)));
    console.log(
      `gateway tables: ${rows.length} rows checked against ${given.length} personal values and secrets; ${leaks.length} leak(s)`,
    );
    expect(leaks).toEqual([]);
  });

  it('answers a replay of a secret-bearing POST with 409, and a tampered answer is not replayed', async () => {
    const body = { name: 'Bapas Jambi', agencyCode: 'BAPAS-JAMBI', roles: ['probation-officer'] };
    const created = await post('/clients', body, 'client-2');
    expect(created.status).toBe(201);
    given.push(((await created.json()) as { clientSecret: string }).clientSecret);
    const replay = await post('/clients', body, 'client-2');
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as { code: string }).code).toBe('idempotency.response-not-kept');

    const registration = person(4);
    expect((await post('/participants', registration, 'sealed-here')).status).toBe(201);
    // The same sealed answer under another key (same client, same request) does not open there.
    await gatewayDb().query(
      `INSERT INTO idempotency_keys (client_id, key, request_hash, status_code, content_type, body_sealed)
       SELECT client_id, 'moved-here', request_hash, status_code, content_type, body_sealed
         FROM idempotency_keys WHERE key = 'sealed-here'`,
    );
    const moved = await post('/participants', registration, 'moved-here');
    expect(moved.status).toBe(409);
    expect(((await moved.json()) as { code: string }).code).toBe('idempotency.response-not-kept');
  });

  it('expires records after 24 hours: purged, and the key no longer replays', async () => {
    const registration = person(5);
    expect((await post('/participants', registration, 'old-key')).status).toBe(201);
    await gatewayDb().query(
      `UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 second' WHERE key = 'old-key'`,
    );
    // The expired record no longer answers: the request is forwarded again (the service, which keeps
    // its own command keys, answers it) and a fresh record replaces the old one.
    const again = await post('/participants', registration, 'old-key');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    const [{ age }] = await gatewayDb().query(
      `SELECT extract(epoch FROM now() - created_at)::int AS age FROM idempotency_keys WHERE key = 'old-key'`,
    );
    expect(age).toBeLessThan(60);

    await gatewayDb().query(
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key LIKE 'register-%'`,
    );
    const before: Array<{ n: number }> = await gatewayDb().query(
      `SELECT count(*)::int AS n FROM idempotency_keys WHERE key LIKE 'register-%'`,
    );
    expect(before[0].n).toBe(3);
    expect(await gateway.app.get(IdempotencyService).purgeExpired()).toBe(3);
    const after: Array<{ n: number }> = await gatewayDb().query(
      `SELECT count(*)::int AS n FROM idempotency_keys WHERE key LIKE 'register-%'`,
    );
    expect(after[0].n).toBe(0);
  });

  it('finds no NIK, name, birth date or client secret in any log line or Kafka message of the run', async () => {
    // Every event the registrations caused has left rehabilitation's outbox for Kafka.
    await eventually(
      async () =>
        (await rehabilitation.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox_pending`))[0]
          .n,
      (n: number) => n === 0,
      30_000,
    );
    const messages = await readRunTopics();
    // The scan sees the journey: each registered participant's event is among the messages.
    for (const id of participantIds) expect(messages.some((m) => m.text.includes(id))).toBe(true);
    const requests = (service: string) =>
      logs.lines.filter((line) => {
        const entry = JSON.parse(line) as { service?: string; msg?: string };
        return entry.service === service && entry.msg === 'request';
      }).length;
    expect(requests('gateway')).toBeGreaterThanOrEqual(12);
    expect(requests('rehabilitation')).toBeGreaterThanOrEqual(6);

    const occurrences = (texts: string[]) =>
      Object.fromEntries(given.map((value) => [value, texts.filter((t) => t.includes(value)).length]));
    const none = Object.fromEntries(given.map((value) => [value, 0]));
    console.log(
      `logs: ${logs.lines.length} lines (gateway and rehabilitation, level trace); Kafka: ${messages.length} ` +
        `messages on ${new Set(messages.map((m) => m.topic)).size} topics of the run; checked against ` +
        `${given.length} personal values and secrets`,
    );
    expect(occurrences(logs.lines)).toEqual(none);
    expect(occurrences(messages.map((m) => m.text))).toEqual(none);
  });
});
