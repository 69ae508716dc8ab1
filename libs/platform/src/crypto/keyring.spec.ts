import { Keyring, UnreadableCiphertextError } from './keyring';

const KEY_1 = '11'.repeat(32);
const KEY_2 = '22'.repeat(32);

describe('Keyring (AES-256-GCM at rest)', () => {
  it('opens what it sealed, also after the key was retired', () => {
    const old = new Keyring('k1', KEY_1);
    const sealed = old.sealText('Budi Santoso', 'participant-1:fullName');
    expect(sealed).not.toContain('Budi');
    expect(old.openText(sealed, 'participant-1:fullName')).toBe('Budi Santoso');
    const rotated = new Keyring('k2', KEY_2, `k1:${KEY_1}`);
    expect(rotated.openText(sealed, 'participant-1:fullName')).toBe('Budi Santoso');
    expect(rotated.sealText('x', 'a').startsWith('k2.')).toBe(true);
  });

  it('refuses another place, a tampered value, a truncated tag and an unknown key', () => {
    const ring = new Keyring('k1', KEY_1);
    const parts = ring.seal('3171234567890123', 'participant-1');
    expect(() => ring.open(parts, 'participant-2')).toThrow(UnreadableCiphertextError);
    const flipped = Buffer.from(parts.ciphertext);
    flipped[0] ^= 1;
    expect(() => ring.open({ ...parts, ciphertext: flipped }, 'participant-1')).toThrow(
      /does not authenticate/,
    );
    // A 4-byte tag would be forgeable by brute force; GCM accepts it unless the length is pinned.
    expect(() => ring.open({ ...parts, authTag: parts.authTag.subarray(0, 4) }, 'participant-1')).toThrow(
      /wrong length/,
    );
    expect(() => new Keyring('k2', KEY_2).open(parts, 'participant-1')).toThrow(/k1 is not configured/);
  });
});
