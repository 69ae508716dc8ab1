/**
 * NIP (Nomor Induk Pegawai, civil servant number), 18 digits: birth date YYYYMMDD, appointment
 * YYYYMM, sex (1 man, 2 woman), serial 001–999. Undefined when valid, else the reason.
 */
export function nipProblem(nip: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})([12])(\d{3})$/.exec(nip);
  if (!m) return 'must be 18 digits: birth date, appointment month, sex (1 or 2) and serial';
  const [, by, bm, bd, ay, am, , serial] = m.map(Number);
  const birth = new Date(Date.UTC(by, bm - 1, bd));
  if (birth.getUTCFullYear() !== by || birth.getUTCMonth() !== bm - 1 || birth.getUTCDate() !== bd)
    return 'does not start with a valid birth date';
  if (am < 1 || am > 12 || ay < by + 15) return 'does not hold a valid appointment month';
  if (serial === 0) return 'has serial 000';
  return undefined;
}
