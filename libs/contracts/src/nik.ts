/**
 * Province codes (Kemendagri) that open a valid NIK: the 38 provinces, including Papua Selatan (93),
 * Papua Tengah (94), Papua Pegunungan (95) and Papua Barat Daya (96) created in 2022.
 */
export const ProvinceCodes: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15', '16', '17', '18', '19', '21'],
  ...['31', '32', '33', '34', '35', '36'],
  ...['51', '52', '53'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '72', '73', '74', '75', '76'],
  ...['81', '82'],
  ...['91', '92', '93', '94', '95', '96'],
]);

export type Sex = 'M' | 'F';

/**
 * Checks a NIK `PPRRSSDDMMYYXXXX` against the holder's birth date (`YYYY-MM-DD`) and sex
 * (women add 40 to the day). Returns what is wrong, or null when it is valid.
 */
export function nikProblem(nik: string, birthDate: string, sex: Sex): string | null {
  if (!/^\d{16}$/.test(nik)) return 'NIK must be exactly 16 digits';
  if (!ProvinceCodes.has(nik.slice(0, 2))) return `NIK province code ${nik.slice(0, 2)} is not a province`;
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00')
    return 'NIK regency and district codes must not be 00';
  const [year, month, day] = birthDate.split('-');
  const encodedDay = Number(nik.slice(6, 8));
  const expectedDay = Number(day) + (sex === 'F' ? 40 : 0);
  if (encodedDay !== expectedDay || nik.slice(8, 10) !== month || nik.slice(10, 12) !== year.slice(2)) {
    return `NIK birth date digits ${nik.slice(6, 12)} do not agree with birthDate and sex (expected ${String(expectedDay).padStart(2, '0')}${month}${year.slice(2)})`;
  }
  if (nik.slice(12) === '0000') return 'NIK serial number must not be 0000';
  return null;
}

/** `1505********0003`: the first and last four digits. */
export const maskNik = (nik: string) => `${nik.slice(0, 4)}${'*'.repeat(nik.length - 8)}${nik.slice(-4)}`;
