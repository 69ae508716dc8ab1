import { Webhook } from 'standardwebhooks';
import { newSigningSecret, signature, webhookHeaders } from './standard-webhooks';

describe('Standard Webhooks signing', () => {
  it('signs what the reference library verifies', () => {
    const secret = newSigningSecret();
    const body = JSON.stringify({ type: 'agreement.expiring', timestamp: '2027-01-01T00:00:00Z', data: {} });
    const headers = webhookHeaders(secret, 'msg_1', body, new Date());
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('refuses a body changed after signing', () => {
    const secret = newSigningSecret();
    const headers = webhookHeaders(secret, 'msg_1', '{"a":1}', new Date());
    expect(() => new Webhook(secret).verify('{"a":2}', headers)).toThrow('No matching signature found');
  });

  it('matches the specification’s example signature', () => {
    // The example of the Standard Webhooks specification (spec/standard-webhooks.md).
    expect(
      signature(
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        'msg_p5jXN8AQM9LWM0D4loKWxJek',
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('makes a new 32-byte secret each time', () => {
    const [a, b] = [newSigningSecret(), newSigningSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});
