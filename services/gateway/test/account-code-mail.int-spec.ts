import type { RunningService } from '@sinergi/platform';
import { startTestService, TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { agreementsService } from '../../agreements/src/service';
import { ApiSession } from '../src/demo/api-session';
import { gatewayService } from '../src/service';

describe('invitation codes by mail when SMTP_URL is set (real SMTP conversation on loopback)', () => {
  const received: Array<{ to: string[]; message: string }> = [];
  let smtp: SMTPServer;
  let agreements: RunningService;
  let gateway: RunningService;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            message: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    agreements = await startTestService(agreementsService);
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: agreements.url,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_FROM: 'Sinergi <no-reply@sinergi.example.id>',
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await agreements?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('mails the one-time code to the person and leaves it out of the answer', async () => {
    const admin = await ApiSession.login(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    await admin.post(
      '/agencies',
      { code: 'BAPAS-MAIL-TEST', name: 'Bapas mail test', kind: 'BAPAS', regionCode: '1571' },
      201,
    );
    const created = await admin.post(
      '/users',
      {
        agencyCode: 'BAPAS-MAIL-TEST',
        name: 'Wulan Pertiwi',
        email: 'wulan.pertiwi@bapas.example.id',
        roles: ['probation-officer'],
      },
      201,
    );
    expect(created.invitation).toEqual({
      purpose: 'INVITATION',
      expiresAt: expect.any(String),
      sentTo: 'wulan.pertiwi@bapas.example.id',
    });
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['wulan.pertiwi@bapas.example.id']);
    const text = received[0].message.replace(/=\r?\n/g, ''); // quoted-printable soft line breaks
    const code = /one-time code is:\s+([A-Z2-9]{4}(?:-[A-Z2-9]{4}){7})\s/.exec(text)?.[1];
    expect(code).toBeDefined();
    const set = await admin.send('POST', '/users/password', { code, password: 'kopi liberika tungkal' });
    expect(set.status).toBe(200);
    expect(set.body.email).toBe('wulan.pertiwi@bapas.example.id');
  });
});
