import { currentTotp, newTotpSecret, verifyTotp } from './totp';

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 test vector for SHA-1', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits → 287082.
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(currentTotp(secret, 59_000)).toBe('287082');
  });

  it('accepts the current code once, with one step of drift, and refuses a replay', () => {
    const { secret, otpauthUri } = newTotpSecret('officer@example.id');
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Sinergi:officer%40example\.id\?/);
    const now = 1_800_000_000_000;
    const step = verifyTotp(secret, currentTotp(secret, now - 30_000), null, now);
    expect(step).toBe(now / 30_000 - 1);
    expect(verifyTotp(secret, currentTotp(secret, now - 30_000), step!, now)).toBeUndefined();
    expect(verifyTotp(secret, currentTotp(secret, now - 90_000), null, now)).toBeUndefined();
    expect(verifyTotp(secret, 'abcdef', null, now)).toBeUndefined();
  });
});
