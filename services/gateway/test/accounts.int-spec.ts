/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are the public API's untyped JSON */
import type { RunningService } from '@sinergi/platform';
import { startTestService, TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { agreementsService } from '../../agreements/src/service';
import { ApiSession } from '../src/demo/api-session';
import { ensureDemoPeople } from '../src/demo/demo-people';
import { ensureAgencies } from '../src/demo/muaro-jambi-journey';
import { gatewayService } from '../src/service';
import { currentTotp } from '../src/users/totp';

const LAPAS = 'LAPAS-ACCOUNTS-TEST';
const PEMKAB = 'PEMKAB-ACCOUNTS-TEST';
const PASSWORD = 'sungai batanghari pagi hari';

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** A browser: keeps the session cookie of one gateway replica and sends the CSRF token. */
class Browser {
  cookie?: string;
  csrfToken?: string;

  constructor(
    public url: string,
    private readonly address = '203.0.113.10',
  ) {}

  async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const response = await fetch(`${this.url}/api/v1${path}`, {
      method,
      headers: {
        'x-forwarded-for': this.address,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }

  async signIn(credentials: Record<string, string>, headers: Record<string, string> = {}) {
    const reply = await this.send('POST', '/sessions', credentials, headers);
    if (reply.status === 201) {
      this.cookie = reply.headers.getSetCookie()[0].split(';')[0];
      this.csrfToken = reply.body.csrfToken;
    }
    return reply;
  }

  /** The same session, used against another gateway replica. */
  on(url: string): Browser {
    const other = new Browser(url, this.address);
    other.cookie = this.cookie;
    other.csrfToken = this.csrfToken;
    return other;
  }
}

describe('officer accounts: users, sign-in with password and TOTP, browser sessions (two gateway replicas)', () => {
  let agreements: RunningService;
  let gatewayA: RunningService;
  let gatewayB: RunningService;
  let admin: ApiSession;
  let db: DataSource;
  let agencyAdmin: Browser;
  let agencyAdminTotp: string;
  let agencyAdminRecoveryCodes: string[];
  let officerId: string;

  /** Invites a person as `inviter` and sets their password with the one-time code. */
  async function invite(inviter: { post: (p: string, b: unknown) => Promise<Reply> }, person: object) {
    const created = await inviter.post('/users', person);
    expect(created.status).toBe(201);
    const redeemed = await new Browser(gatewayA.url).send('POST', '/users/password', {
      code: created.body.invitation.code,
      password: PASSWORD,
    });
    expect(redeemed.status).toBe(200);
    return { id: created.body.user.id as string, totpSecret: redeemed.body.totpEnrolment?.secret as string };
  }
  const asBrowser = (browser: Browser) => ({
    post: (path: string, body: unknown) => browser.send('POST', path, body),
  });

  beforeAll(async () => {
    agreements = await startTestService(agreementsService);
    const env = {
      AGREEMENTS_URL: agreements.url,
      REHABILITATION_URL: 'http://127.0.0.1:9',
      REINTEGRATION_URL: 'http://127.0.0.1:9',
      BUDGETING_URL: 'http://127.0.0.1:9',
    };
    gatewayA = await startTestService(gatewayService, env);
    gatewayB = await startTestService(gatewayService, env);
    db = gatewayA.app.get(DataSource);
    admin = await ApiSession.login(
      gatewayA.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    for (const [code, kind] of [
      [LAPAS, 'LAPAS'],
      [PEMKAB, 'PEMKAB'],
    ])
      await admin.post('/agencies', { code, name: `${kind} accounts test`, kind, regionCode: '1505' }, 201);
  }, 120_000);

  afterAll(async () => {
    await gatewayA?.stop();
    await gatewayB?.stop();
    await agreements?.stop();
  });

  it('invites an agency-admin, who sets a password, enrols TOTP at first sign-in and signs in with it', async () => {
    const created = await admin.send('POST', '/users', {
      agencyCode: LAPAS,
      name: 'Siti Rahmawati',
      email: 'Siti.Rahmawati@lapas.example.id',
      nip: '198503142010012002',
      roles: ['agency-admin'],
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      agencyCode: LAPAS,
      email: 'siti.rahmawati@lapas.example.id',
      roles: ['agency-admin'],
      status: 'INVITED',
      totpEnabled: false,
    });
    const { code, expiresAt } = created.body.invitation;
    expect(code).toMatch(/^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/);
    const hoursLeft = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);
    const [stored] = await db.query(`SELECT code_hash FROM user_codes WHERE user_id = $1`, [
      created.body.user.id,
    ]);
    expect(stored.code_hash).not.toContain(code.replace(/-/g, ''));

    const browser = new Browser(gatewayA.url);
    const weak = await browser.send('POST', '/users/password', { code, password: 'qwerty123456' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([
      { field: 'password', message: 'password is in the list of commonly used passwords; choose another' },
    ]);
    expect((await browser.send('POST', '/users/password', { code, password: 'short-one' })).status).toBe(400);
    const set = await browser.send('POST', '/users/password', { code, password: PASSWORD });
    expect(set.status).toBe(200);
    agencyAdminTotp = set.body.totpEnrolment.secret;
    expect(set.body.totpEnrolment.otpauthUri).toContain(`secret=${agencyAdminTotp}`);
    expect((await browser.send('POST', '/users/password', { code, password: PASSWORD })).status).toBe(401);

    const email = 'siti.rahmawati@lapas.example.id';
    const noCode = await browser.signIn({ email, password: PASSWORD });
    expect(noCode.status).toBe(401);
    expect(noCode.body.code).toBe('auth.totp-required');
    const signedIn = await browser.signIn({ email, password: PASSWORD, totp: currentTotp(agencyAdminTotp) });
    expect(signedIn.status).toBe(201);
    expect(signedIn.body.user).toMatchObject({ email, roles: ['agency-admin'], totpEnabled: true });
    expect(signedIn.body.recoveryCodes).toHaveLength(10);
    agencyAdminRecoveryCodes = signedIn.body.recoveryCodes;
    const me = await browser.send('GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'person', email, agencyCode: LAPAS, csrfToken: browser.csrfToken });
    agencyAdmin = browser;
  });

  it('sets an HttpOnly, SameSite=Strict session cookie, Secure except on plain localhost', async () => {
    officerId = (
      await invite(asBrowser(agencyAdmin), {
        agencyCode: LAPAS,
        name: 'Budi Hartono',
        email: 'budi.hartono@lapas.example.id',
        roles: ['program-officer'],
      })
    ).id;
    const credentials = { email: 'budi.hartono@lapas.example.id', password: PASSWORD };
    const local = await new Browser(gatewayA.url).signIn(credentials);
    expect(local.status).toBe(201);
    expect(local.body.recoveryCodes).toBeUndefined();
    const [localCookie] = local.headers.getSetCookie();
    expect(localCookie).toMatch(
      /^sinergi_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/,
    );

    const viaHttps = await new Browser(gatewayA.url).signIn(credentials, { 'x-forwarded-proto': 'https' });
    const [secureCookie] = viaHttps.headers.getSetCookie();
    expect(secureCookie).toMatch(
      /^__Host-sinergi_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const otherHost = await new Browser(gatewayA.url).signIn(credentials, {
      'x-forwarded-host': 'sinergi.example.id',
    });
    expect(otherHost.headers.getSetCookie()[0]).toContain('; Secure;');
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM user_sessions WHERE user_id = $1`,
      [officerId],
    );
    expect(count).toBe(3);
  });

  it('keeps an agency-admin to its own agency and to the roles its agency kind allows', async () => {
    const withoutCsrf = await agencyAdmin.send('POST', '/users', {}, { 'x-csrf-token': 'wrong' });
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.body.code).toBe('auth.csrf-token-invalid');

    const elsewhere = await agencyAdmin.send('POST', '/users', {
      agencyCode: PEMKAB,
      name: 'Orang Lain',
      email: 'orang.lain@pemkab.example.id',
      roles: ['agreement-officer'],
    });
    expect(elsewhere.status).toBe(403);
    const wrongKind = await agencyAdmin.send('POST', '/users', {
      agencyCode: LAPAS,
      name: 'Dewi Anggraini',
      email: 'dewi.anggraini@lapas.example.id',
      roles: ['finance-officer', 'platform-admin'],
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors).toEqual([
      {
        field: 'roles',
        message: 'finance-officer is only for PEMKAB, DINAS, KANWIL_PAS, PARTNER agencies, not LAPAS',
      },
      { field: 'roles', message: 'platform-admin is only for PLATFORM agencies, not LAPAS' },
    ]);
    const pemkabUser = await admin.send('POST', '/users', {
      agencyCode: PEMKAB,
      name: 'Rudi Setiawan',
      email: 'rudi.setiawan@pemkab.example.id',
      roles: ['finance-officer'],
    });
    expect(pemkabUser.status).toBe(201);
    expect((await agencyAdmin.send('GET', `/users/${pemkabUser.body.user.id}`)).status).toBe(404);
    expect((await agencyAdmin.send('POST', `/users/${pemkabUser.body.user.id}/disable`)).status).toBe(404);
    const listed = await agencyAdmin.send('GET', '/users');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((u: any) => u.email).sort()).toEqual([
      'budi.hartono@lapas.example.id',
      'siti.rahmawati@lapas.example.id',
    ]);
    expect(
      (await agencyAdmin.send('PATCH', `/users/${officerId}`, { roles: ['probation-officer'] })).status,
    ).toBe(400);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'dewi.anggraini@lapas.example.id'`),
    ).toEqual([{ n: 0 }]);

    const officer = new Browser(gatewayA.url);
    await officer.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD });
    expect((await officer.send('GET', '/users')).status).toBe(403);
    expect(
      (await officer.send('POST', '/clients', { name: 'x', agencyCode: LAPAS, roles: ['viewer'] })).status,
    ).toBe(403);
  });

  it('refuses a revoked session at once on both gateway replicas', async () => {
    const officerOnA = new Browser(gatewayA.url, '203.0.113.20');
    expect(
      (await officerOnA.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD })).status,
    ).toBe(201);
    const officerOnB = officerOnA.on(gatewayB.url);
    const me = await officerOnB.send('GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(officerId);

    // The agency-admin ends it through replica B; replica A refuses the very next request.
    const revoked = await agencyAdmin.on(gatewayB.url).send('DELETE', `/sessions/${me.body.sessionId}`);
    expect(revoked.status).toBe(204);
    expect((await officerOnA.send('GET', '/me')).status).toBe(401);
    expect((await officerOnB.send('GET', '/me')).status).toBe(401);

    // Signing out: without the CSRF token it is refused, with it the session ends everywhere.
    const again = new Browser(gatewayB.url, '203.0.113.20');
    await again.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD });
    expect((await again.send('DELETE', '/sessions/current', undefined, { 'x-csrf-token': '' })).status).toBe(
      403,
    );
    expect((await again.send('GET', '/sessions')).body.items.filter((s: any) => s.current)).toHaveLength(1);
    expect((await again.send('DELETE', '/sessions/current')).status).toBe(204);
    expect((await again.on(gatewayA.url).send('GET', '/me')).status).toBe(401);
    expect((await again.send('GET', '/me')).status).toBe(401);
  });

  it('ends a session after 30 idle minutes or 12 hours, and every session of a disabled person', async () => {
    const officer = new Browser(gatewayA.url, '203.0.113.30');
    const signedIn = await officer.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD });
    expect((await officer.send('GET', '/me')).status).toBe(200);
    await db.query(`UPDATE user_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [
      signedIn.body.session.id,
    ]);
    expect((await officer.send('GET', '/me')).status).toBe(401);

    const second = await officer.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD });
    await db.query(`UPDATE user_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      second.body.session.id,
    ]);
    expect((await officer.send('GET', '/me')).status).toBe(401);

    await officer.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD });
    expect((await officer.send('GET', '/me')).status).toBe(200);
    const disabled = await agencyAdmin.send('POST', `/users/${officerId}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('DISABLED');
    expect((await officer.on(gatewayB.url).send('GET', '/me')).status).toBe(401);
    const refused = await officer.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD });
    expect(refused.status).toBe(401);
    expect((await agencyAdmin.send('POST', `/users/${officerId}/enable`)).body.status).toBe('ACTIVE');
    expect(
      (await officer.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD })).status,
    ).toBe(201);
  });

  it('throttles wrong passwords per account with a growing back-off', async () => {
    const browser = new Browser(gatewayA.url, '203.0.113.40');
    const email = 'budi.hartono@lapas.example.id';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await browser.signIn({ email, password: `wrong-password-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // Held back even with the right password, and from another address too (per account).
    const held = await new Browser(gatewayB.url, '203.0.113.41').signIn({ email, password: PASSWORD });
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBe(1);
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await browser.signIn({ email, password: 'wrong-again-12345' })).status).toBe(401);
    const longer = await browser.signIn({ email, password: PASSWORD });
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get('retry-after'))).toBe(2);
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await browser.signIn({ email, password: PASSWORD })).status).toBe(201);
  });

  it('throttles wrong TOTP codes and accepts a recovery code once', async () => {
    const browser = new Browser(gatewayA.url, '203.0.113.50');
    const email = 'siti.rahmawati@lapas.example.id';
    const recovery = await browser.signIn({
      email,
      password: PASSWORD,
      recoveryCode: agencyAdminRecoveryCodes[0],
    });
    expect(recovery.status).toBe(201);
    expect(
      (await browser.signIn({ email, password: PASSWORD, recoveryCode: agencyAdminRecoveryCodes[0] })).status,
    ).toBe(401);
    const wrongCodes: number[] = [];
    for (let i = 0; i < 4; i++)
      wrongCodes.push((await browser.signIn({ email, password: PASSWORD, totp: '000000' })).status);
    expect(wrongCodes).toEqual([401, 401, 401, 429]);
    const [row] = await db.query(`SELECT failures FROM sign_in_failures WHERE subject = $1`, [
      `account:${email}`,
    ]);
    expect(row.failures).toBe(4);
  });

  it('throttles an address that tries many accounts', async () => {
    const browser = new Browser(gatewayA.url, '198.51.100.7');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push(
        (await browser.signIn({ email: `nobody${i}@example.id`, password: 'not-a-password-1' })).status,
      );
    expect(statuses.filter((s) => s === 401)).toHaveLength(21);
    const blocked = await browser.signIn({ email: 'budi.hartono@lapas.example.id', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(
      (
        await new Browser(gatewayA.url, '198.51.100.8').signIn({
          email: 'budi.hartono@lapas.example.id',
          password: PASSWORD,
        })
      ).status,
    ).toBe(201);
  });

  it('resets a password with a new one-time code, and an agency policy makes TOTP mandatory', async () => {
    const reset = await agencyAdmin.send('POST', `/users/${officerId}/reset`, {});
    expect(reset.status).toBe(200);
    expect(reset.body.code.purpose).toBe('RESET');
    const browser = new Browser(gatewayA.url, '203.0.113.60');
    const newPassword = 'hujan deras di muaro jambi';
    expect(
      (await browser.send('POST', '/users/password', { code: reset.body.code.code, password: newPassword }))
        .status,
    ).toBe(200);
    const email = 'budi.hartono@lapas.example.id';
    expect((await browser.signIn({ email, password: PASSWORD })).status).toBe(401);
    expect((await browser.signIn({ email, password: newPassword })).status).toBe(201);

    const policy = await agencyAdmin.send('PATCH', `/agencies/${LAPAS}/sign-in-policy`, {
      totpRequired: true,
    });
    expect(policy.status).toBe(200);
    expect(policy.body).toEqual({ agencyCode: LAPAS, totpRequired: true, peopleWithoutTotp: 1 });
    expect(
      (await agencyAdmin.send('PATCH', `/agencies/${PEMKAB}/sign-in-policy`, { totpRequired: true })).status,
    ).toBe(403);
    const needsTotp = await new Browser(gatewayA.url, '203.0.113.61').signIn({
      email,
      password: newPassword,
    });
    expect(needsTotp.status).toBe(403);
    expect(needsTotp.body.code).toBe('auth.totp-enrolment-required');
  });

  it('seeds one demo person per role, again and again (unknown passwords are reset)', async () => {
    await ensureAgencies(admin);
    const first = await ensureDemoPeople(admin, []);
    const again = await ensureDemoPeople(admin, first);
    expect(again).toEqual(first);
    const afresh = await ensureDemoPeople(admin, []);
    for (const [i, person] of afresh.entries()) {
      expect(person.password).not.toBe(first[i].password);
      expect(Boolean(person.totpSecret)).toBe(['platform-admin', 'agency-admin'].includes(person.role));
      const attempt = await new Browser(gatewayA.url, '203.0.113.70').signIn({
        email: person.email,
        password: person.password,
      });
      expect(attempt.status).toBe(person.totpSecret ? 401 : 201);
    }
  });

  it('still serves API clients with bearer tokens, who have no sessions', async () => {
    const me = await admin.send('GET', '/me');
    expect(me.body).toEqual({
      kind: 'client',
      clientId: TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      agencyCode: 'PLATFORM',
      roles: ['platform-admin'],
    });
    expect((await admin.send('GET', '/sessions')).status).toBe(403);
    expect((await fetch(`${gatewayA.url}/api/v1/me`)).status).toBe(401);
  });
});
