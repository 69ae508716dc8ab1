import { randomUUID } from 'node:crypto';
import {
  AgreementDraftedV1,
  AgreementExpiredV1,
  AgreementExpiringV1,
  CaseOpenedV1,
  PlacementRecordedV1,
  ProgramCreatedV1,
} from '@sinergi/contracts';
import { uuidv7 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import {
  callService,
  eventually,
  publishTestEvent,
  startTestService,
  TEST_GATEWAY_SECRETS,
  testInfrastructure,
} from '@sinergi/testing';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
// Agencies subscribe through the public API: the real gateway forwards to the service.
import { gatewayService } from '../../gateway/src/service';
import { retryDelayMs } from '../src/deliveries/backoff';
import { SUBSCRIBABLE_EVENT_TYPES } from '../src/subscriptions/event-types';
import { agencyCode, Receiver, testNotificationsService } from './support';

interface Problem {
  status: number;
  code: string;
  detail: string;
}
interface Webhook_ {
  id: string;
  agencyCode: string;
  url: string;
  eventTypes: string[];
  secret?: string;
}
interface Delivery {
  id: string;
  messageId: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  redeliveryOf: string | null;
}
interface Body {
  type: string;
  timestamp: string;
  data: { eventId: string; aggregateType: string; aggregateId: string; payload: Record<string, unknown> };
}

/** The retry schedule of these tests: 200 ms, 400 ms, 800 ms … instead of 30 s, 1 min, 2 min … */
const FAST_RETRIES = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_RETRY_BASE_MS: '200',
  WEBHOOK_RETRY_MAX_DELAY_MS: '5000',
  WEBHOOK_POLL_INTERVAL_MS: '50',
};

describe('webhooks against a local receiver (gateway, notifications, real PostgreSQL and Kafka)', () => {
  testInfrastructure();
  let notifications: RunningService;
  let gateway: RunningService;
  let receiver: Receiver;
  let adminToken: string;

  const api = async <T>(token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${gateway.url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };

  const tokenFor = async (clientId: string, clientSecret: string) => {
    const response = await fetch(`${gateway.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, clientSecret }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  };

  /** An API client of `agency` holding `roles`, and its token. */
  const clientOf = async (agency: string, roles = ['agency-admin']) => {
    const created = await api<{ clientId: string; clientSecret: string }>(adminToken, 'POST', '/clients', {
      name: `${agency} integration`,
      agencyCode: agency,
      roles,
    });
    expect(created.status).toBe(201);
    return tokenFor(created.body.clientId, created.body.clientSecret);
  };

  const subscribe = async (token: string, path: string, eventTypes: string[]) => {
    const created = await api<Webhook_>(token, 'POST', '/webhooks', { url: receiver.url(path), eventTypes });
    expect(created.status).toBe(201);
    return created.body as Webhook_ & { secret: string };
  };

  const deliveriesOf = async (token: string, webhookId: string) =>
    (await api<{ items: Delivery[] }>(token, 'GET', `/webhooks/${webhookId}/deliveries`)).body.items;

  const verify = (secret: string, received: { headers: Record<string, unknown>; body: string }) =>
    new Webhook(secret).verify(received.body, received.headers as Record<string, string>) as Body;

  beforeAll(async () => {
    receiver = await Receiver.start();
    notifications = await startTestService(testNotificationsService, FAST_RETRIES);
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: 'http://127.0.0.1:9',
      REHABILITATION_URL: 'http://127.0.0.1:9',
      REINTEGRATION_URL: 'http://127.0.0.1:9',
      BUDGETING_URL: 'http://127.0.0.1:9',
      NOTIFICATIONS_URL: notifications.url,
    });
    adminToken = await tokenFor(
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await notifications?.stop();
    await receiver?.stop();
  });

  it('delivers agreement.expiring once, signed as Standard Webhooks says, to a party of the agreement', async () => {
    const pemkab = agencyCode('PEMKAB');
    const token = await clientOf(pemkab);
    const webhook = await subscribe(token, '/once', ['agreement.expiring', 'agreement.expired']);
    expect(webhook).toMatchObject({
      agencyCode: pemkab,
      eventTypes: ['agreement.expired', 'agreement.expiring'],
    });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // The secret is shown once: never in a read, and stored only sealed.
    const read = await api<Webhook_>(token, 'GET', `/webhooks/${webhook.id}`);
    expect(read.status).toBe(200);
    expect(Object.keys(read.body)).not.toContain('secret');
    const [stored] = await notifications.app
      .get(DataSource)
      .query(`SELECT secret_sealed FROM subscriptions WHERE id = $1`, [webhook.id]);
    expect(stored.secret_sealed).not.toContain(webhook.secret.slice(6));
    expect(stored.secret_sealed.startsWith('k1.')).toBe(true);

    const agreementId = randomUUID();
    await publishTestEvent(
      AgreementDraftedV1,
      agreementId,
      Object.assign(new AgreementDraftedV1(), {
        kind: 'PKS',
        number: 'PKS/1',
        partyCodes: [pemkab, 'KANWIL-X'],
      }),
    );
    const expiring = await publishTestEvent(
      AgreementExpiringV1,
      agreementId,
      Object.assign(new AgreementExpiringV1(), { endDate: '2027-03-31' }),
    );
    // The same event again (a redelivery by Kafka), then a later one of the same agreement.
    await publishTestEvent(
      AgreementExpiringV1,
      agreementId,
      Object.assign(new AgreementExpiringV1(), { endDate: '2027-03-31' }),
      {
        id: expiring.id,
      },
    );
    const expired = await publishTestEvent(AgreementExpiredV1, agreementId, new AgreementExpiredV1());
    await eventually(
      async () => receiver.at('/once'),
      (got) => got.length === 2,
    );

    const got = receiver.at('/once');
    expect(got.map((r) => JSON.parse(r.body).type)).toEqual(['agreement.expiring', 'agreement.expired']);
    const body = verify(webhook.secret, got[0]);
    expect(body).toEqual({
      type: 'agreement.expiring',
      timestamp: expiring.occurredAt,
      data: {
        eventId: expiring.id,
        eventVersion: 1,
        aggregateType: 'agreement',
        aggregateId: agreementId,
        payload: { endDate: '2027-03-31' },
      },
    });
    expect(verify(webhook.secret, got[1]).data.eventId).toBe(expired.id);
    expect(got[0].headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(Math.abs(Number(got[0].headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    // Another secret does not verify it.
    expect(() =>
      new Webhook('whsec_' + Buffer.alloc(32, 7).toString('base64')).verify(
        got[0].body,
        got[0].headers as Record<string, string>,
      ),
    ).toThrow();

    const deliveries = await eventually(
      () => deliveriesOf(token, webhook.id),
      (items) => items.every((d) => d.status === 'SUCCEEDED'),
    );
    expect(deliveries).toEqual([
      expect.objectContaining({
        eventId: expiring.id,
        eventType: 'agreement.expiring',
        status: 'SUCCEEDED',
        attempts: 1,
        lastStatusCode: 204,
        messageId: got[0].headers['webhook-id'],
      }),
      expect.objectContaining({
        eventId: expired.id,
        eventType: 'agreement.expired',
        status: 'SUCCEEDED',
        attempts: 1,
      }),
    ]);
  });

  /** The webhook attempts counted so far by outcome, as Prometheus reads them. */
  const attemptsCounted = async () => {
    const text = await (await fetch(`${notifications.managementUrl}/metrics`)).text();
    const count = (outcome: string) =>
      Number(
        new RegExp(`^sinergi_webhook_attempts_total\\{outcome="${outcome}"[^}]*\\} (\\d+)$`, 'm').exec(
          text,
        )?.[1] ?? 0,
      );
    return { delivered: count('delivered'), retrying: count('retrying') };
  };

  it('retries with back-off: a receiver failing three times then recovering gets it on the fourth attempt', async () => {
    const countedBefore = await attemptsCounted();
    const pemkab = agencyCode('PEMKAB');
    const token = await clientOf(pemkab);
    receiver.answer('/flaky', (count) => (count <= 3 ? 503 : 200));
    const webhook = await subscribe(token, '/flaky', ['agreement.expiring']);
    const agreementId = randomUUID();
    await publishTestEvent(
      AgreementDraftedV1,
      agreementId,
      Object.assign(new AgreementDraftedV1(), {
        kind: 'MOU',
        number: 'MOU/2',
        partyCodes: [pemkab, 'KANWIL-Y'],
      }),
    );
    const expiring = await publishTestEvent(
      AgreementExpiringV1,
      agreementId,
      Object.assign(new AgreementExpiringV1(), { endDate: '2027-06-30' }),
    );
    const [delivery] = await eventually(
      () => deliveriesOf(token, webhook.id),
      (items) => items.length === 1 && items[0].status !== 'PENDING',
    );
    expect(delivery).toMatchObject({
      eventId: expiring.id,
      status: 'SUCCEEDED',
      attempts: 4,
      lastStatusCode: 200,
    });

    const got = receiver.at('/flaky');
    expect(got.map((r) => r.status)).toEqual([503, 503, 503, 200]);
    // The same message on every attempt, each freshly signed and valid.
    expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery.messageId]));
    for (const attempt of got) expect(verify(webhook.secret, attempt).data.eventId).toBe(expiring.id);
    // Exponential back-off: 200 ms, 400 ms, 800 ms between the attempts (plus the worker's 50 ms poll).
    const gaps = got.slice(1).map((r, i) => r.at - got[i].at);
    expect(gaps[0]).toBeGreaterThanOrEqual(190);
    expect(gaps[1]).toBeGreaterThanOrEqual(390);
    expect(gaps[2]).toBeGreaterThanOrEqual(790);
    const attempts = await notifications.app
      .get(DataSource)
      .query(
        `SELECT attempt, status_code, error FROM delivery_attempts WHERE delivery_id = $1 ORDER BY attempt`,
        [delivery.id],
      );
    expect(attempts).toEqual([
      { attempt: 1, status_code: 503, error: 'the receiver answered 503' },
      { attempt: 2, status_code: 503, error: 'the receiver answered 503' },
      { attempt: 3, status_code: 503, error: 'the receiver answered 503' },
      { attempt: 4, status_code: 200, error: null },
    ]);
    console.log(`webhook back-off: 4 attempts (503, 503, 503, 200), gaps ${gaps.join(' / ')} ms`);
    // The dashboard's attempts panel (infra/observability/grafana/dashboards/notifications.json) reads this counter.
    expect(await attemptsCounted()).toEqual({
      delivered: countedBefore.delivered + 1,
      retrying: countedBefore.retrying + 3,
    });

    // A delivered message can be sent again on request: same message id, a delivery of its own.
    const redelivered = await api<Delivery>(
      token,
      'POST',
      `/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`,
    );
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toMatchObject({
      messageId: delivery.messageId,
      redeliveryOf: delivery.id,
      status: 'PENDING',
    });
    await eventually(
      async () => receiver.at('/flaky'),
      (all) => all.length === 5,
    );
    expect(receiver.at('/flaky')[4].headers['webhook-id']).toBe(delivery.messageId);
  });

  it('marks a delivery failed when its retry window closes', async () => {
    const token = await clientOf(agencyCode('PEMKAB'));
    receiver.answer('/down', () => 500);
    const webhook = await subscribe(token, '/down', ['agreement.expiring']);
    // A delivery queued as the consumer queues one, with a deadline 2.5 s away instead of 24 h.
    const deliveryId = uuidv7();
    await notifications.app.get(DataSource).query(
      `INSERT INTO deliveries (id, subscription_id, message_id, event_id, event_type, body, give_up_at)
       VALUES ($1, $2, $3, $4, 'agreement.expiring', '{}', now() + interval '2.5 seconds')`,
      [deliveryId, webhook.id, `msg_${deliveryId}`, randomUUID()],
    );
    const [delivery] = await eventually(
      () => deliveriesOf(token, webhook.id),
      (items) => items[0]?.status === 'FAILED',
    );
    // Tried until the next attempt would fall after the deadline: every attempt but the last was
    // followed by one within the window (0, 0.2, 0.6, 1.4 s … on an idle machine).
    const attempts: Array<{ attempt: number; at: Date; deadline: Date; status_code: number }> =
      await notifications.app.get(DataSource).query(
        `SELECT a.attempt, a.attempted_at AS at, d.give_up_at AS deadline, a.status_code
         FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id
         WHERE a.delivery_id = $1 ORDER BY a.attempt`,
        [deliveryId],
      );
    expect(delivery).toMatchObject({
      id: deliveryId,
      status: 'FAILED',
      attempts: attempts.length,
      lastStatusCode: 500,
    });
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.map((a) => a.status_code)).toEqual(attempts.map(() => 500));
    expect(receiver.at('/down').map((r) => r.status)).toEqual(attempts.map(() => 500));
    const nextAfter = (a: (typeof attempts)[number]) => a.at.getTime() + retryDelayMs(a.attempt, 200, 5_000);
    for (const a of attempts.slice(0, -1)) expect(nextAfter(a)).toBeLessThanOrEqual(a.deadline.getTime());
    const last = attempts[attempts.length - 1];
    expect(nextAfter(last)).toBeGreaterThan(last.deadline.getTime());

    const redeliver = () =>
      api<Delivery & Problem>(token, 'POST', `/webhooks/${webhook.id}/deliveries/${deliveryId}/redeliver`);
    receiver.answer('/down', () => 204);
    const again = await redeliver();
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({
      redeliveryOf: deliveryId,
      messageId: `msg_${deliveryId}`,
      status: 'PENDING',
    });
    const items = await eventually(
      () => deliveriesOf(token, webhook.id),
      (all) => all.length === 2 && all.every((d) => d.status !== 'PENDING'),
    );
    expect(items[0]).toMatchObject({ id: deliveryId, status: 'FAILED' });
    expect(items[1]).toMatchObject({ id: again.body.id, status: 'SUCCEEDED', attempts: 1 });
  });

  it('refuses to redeliver a message that is still pending', async () => {
    const token = await clientOf(agencyCode('PEMKAB'));
    const webhook = await subscribe(token, '/later', ['agreement.expiring']);
    const deliveryId = uuidv7();
    // Due in an hour: still pending for the whole test.
    await notifications.app.get(DataSource).query(
      `INSERT INTO deliveries (id, subscription_id, message_id, event_id, event_type, body, give_up_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, 'agreement.expiring', '{}', now() + interval '1 day', now() + interval '1 hour')`,
      [deliveryId, webhook.id, `msg_${deliveryId}`, randomUUID()],
    );
    const refused = await api<Problem>(
      token,
      'POST',
      `/webhooks/${webhook.id}/deliveries/${deliveryId}/redeliver`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('webhook.delivery-pending');
    expect(await deliveriesOf(token, webhook.id)).toHaveLength(1);
    // Deleting the webhook ends what it still had pending.
    expect((await api(token, 'DELETE', `/webhooks/${webhook.id}`)).status).toBe(204);
    expect((await api(token, 'GET', `/webhooks/${webhook.id}`)).status).toBe(404);
    const [row] = await notifications.app
      .get(DataSource)
      .query(`SELECT status, last_error FROM deliveries WHERE id = $1`, [deliveryId]);
    expect(row).toEqual({ status: 'FAILED', last_error: 'the webhook was deleted' });
  });

  it('never delivers another agency’s events', async () => {
    const mine = agencyCode('PEMKAB');
    const other = agencyCode('PEMKOT');
    const lapas = agencyCode('LAPAS');
    const bapas = agencyCode('BAPAS');
    const myToken = await clientOf(mine);
    const otherToken = await clientOf(other);
    const everything = [...SUBSCRIBABLE_EVENT_TYPES];
    const webhook = await subscribe(myToken, '/mine', everything);
    const theirs = await subscribe(otherToken, '/theirs', everything);

    // The other agency's agreement, a program at a facility under it, a case at a BAPAS.
    const theirAgreement = randomUUID();
    const program = randomUUID();
    const kase = randomUUID();
    const published: Array<{ id: string }> = [
      await publishTestEvent(
        AgreementDraftedV1,
        theirAgreement,
        Object.assign(new AgreementDraftedV1(), { kind: 'PKS', number: 'PKS/9', partyCodes: [other, lapas] }),
      ),
      await publishTestEvent(
        AgreementExpiringV1,
        theirAgreement,
        Object.assign(new AgreementExpiringV1(), { endDate: '2027-03-31' }),
      ),
    ];
    // The parties are known before events of other topics name the agreement (as in real life,
    // where a program needs an agreement in force).
    await eventually(
      async () => receiver.at('/theirs').length,
      (n) => n === 2,
    );
    published.push(
      await publishTestEvent(
        ProgramCreatedV1,
        program,
        Object.assign(new ProgramCreatedV1(), {
          agreementId: theirAgreement,
          facilityCode: lapas,
          track: 'KEMANDIRIAN',
          category: 'Las',
        }),
      ),
      await publishTestEvent(
        CaseOpenedV1,
        kase,
        Object.assign(new CaseOpenedV1(), {
          participantId: randomUUID(),
          agreementIds: [theirAgreement],
          bapasCode: bapas,
          releaseDate: '2027-02-01',
        }),
      ),
      await publishTestEvent(
        PlacementRecordedV1,
        kase,
        Object.assign(new PlacementRecordedV1(), {
          participantId: randomUUID(),
          agreementIds: [theirAgreement],
          kind: 'EMPLOYMENT',
          startDate: '2027-02-10',
          releaseDate: '2027-02-01',
        }),
      ),
    );
    // And an agreement of my agency's.
    const myAgreement = randomUUID();
    const marker = await publishTestEvent(
      AgreementDraftedV1,
      myAgreement,
      Object.assign(new AgreementDraftedV1(), {
        kind: 'MOU',
        number: 'MOU/9',
        partyCodes: [mine, 'KANWIL-Z'],
      }),
    );
    published.push(marker);
    // Every event handled (its deliveries are queued in the same transaction), every delivery done.
    const db = notifications.app.get(DataSource);
    await eventually(
      () =>
        db.query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])`, [
          published.map((e) => e.id),
        ]),
      ([row]) => row.n === published.length,
    );
    await eventually(
      () =>
        db.query(
          `SELECT count(*)::int AS n FROM deliveries WHERE subscription_id = ANY($1::uuid[]) AND status = 'PENDING'`,
          [[webhook.id, theirs.id]],
        ),
      ([row]) => row.n === 0,
    );

    expect(receiver.at('/mine').map((r) => verify(webhook.secret, r).data.aggregateId)).toEqual([
      myAgreement,
    ]);
    expect((await deliveriesOf(myToken, webhook.id)).map((d) => d.eventId)).toEqual([marker.id]);
    // The other agency, a party of its agreement, gets its own: drafted, expiring, program.created.
    expect(receiver.at('/theirs').map((r) => verify(theirs.secret, r).type)).toEqual([
      'agreement.drafted',
      'agreement.expiring',
      'program.created',
    ]);
    // Nor can one agency-admin see or manage another agency's webhook.
    expect((await api(myToken, 'GET', `/webhooks/${theirs.id}`)).status).toBe(404);
    expect((await api(myToken, 'DELETE', `/webhooks/${theirs.id}`)).status).toBe(404);
    expect(
      (await api<{ items: Webhook_[] }>(myToken, 'GET', '/webhooks')).body.items.map((w) => w.id),
    ).toEqual([webhook.id]);
    const forOther = await api<Problem>(myToken, 'POST', '/webhooks', {
      url: receiver.url('/x'),
      eventTypes: ['agreement.signed'],
      agencyCode: other,
    });
    expect(forOther.status).toBe(403);
    // Only agency-admins and platform-admins manage webhooks.
    const officer = await clientOf(mine, ['agreement-officer']);
    expect((await api(officer, 'GET', '/webhooks')).status).toBe(403);
  });

  it('refuses private and loopback URLs unless configured to allow them, and keeps nothing', async () => {
    const strict = await startTestService(testNotificationsService, { WEBHOOK_POLL_INTERVAL_MS: '3600000' });
    try {
      const pemkab = agencyCode('PEMKAB');
      const caller = { clientId: 'strict-admin', agencyCode: pemkab, roles: ['agency-admin'] };
      const refusals: Array<[string, string]> = [];
      for (const url of [
        'https://127.0.0.1/hook',
        'https://localhost:8443/hook',
        'https://10.0.0.8/hook',
        'https://192.168.1.20/hook',
        'https://169.254.169.254/latest/meta-data',
        'https://[::1]/hook',
        'https://[fd00::5]/hook',
        receiver.url('/private'),
      ]) {
        const response = await callService<Problem>(strict, caller, 'POST', '/webhooks', {
          url,
          eventTypes: ['agreement.expiring'],
        });
        expect(response.status).toBe(400);
        refusals.push([url, response.body.code]);
      }
      expect(refusals.every(([, code]) => code === 'webhook.url-not-allowed')).toBe(true);
      const listed = await callService<{ items: unknown[] }>(strict, caller, 'GET', '/webhooks');
      expect(listed.body.items).toEqual([]);
      const unknownType = await callService<Problem & { errors: Array<{ field: string }> }>(
        strict,
        caller,
        'POST',
        '/webhooks',
        {
          url: 'https://hooks.example.id/x',
          eventTypes: ['agreement.exploded'],
        },
      );
      expect(unknownType.status).toBe(400);
      expect(unknownType.body.code).toBe('request.invalid-input');
      expect(unknownType.body.errors.map((e) => e.field)).toEqual(['eventTypes']);
    } finally {
      await strict.stop();
    }
  });

  it('does not keep the signing secret for an Idempotency-Key replay', async () => {
    const token = await clientOf(agencyCode('PEMKAB'));
    const send = () =>
      fetch(`${gateway.url}/api/v1/webhooks`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'hook-1',
        },
        body: JSON.stringify({ url: receiver.url('/idem'), eventTypes: ['agreement.signed'] }),
      });
    const first = await send();
    expect(first.status).toBe(201);
    const replay = await send();
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as Problem).code).toBe('idempotency.response-not-kept');
    expect((await api<{ items: Webhook_[] }>(token, 'GET', '/webhooks')).body.items).toHaveLength(1);
    const rows = await notifications.app
      .get(DataSource)
      .query(`SELECT body FROM command_keys WHERE key = 'hook-1'`);
    expect(rows).toEqual([{ body: null }]);
  });
});
