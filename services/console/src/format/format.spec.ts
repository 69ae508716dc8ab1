import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatRupiah,
  timeZoneOfRegion,
} from './format';

const NBSP = '\u00a0';

describe('formats of the console', () => {
  it('writes Rupiah in whole units with the Indonesian grouping, and the English one in English', () => {
    expect(formatRupiah(750_000_000)).toBe(`Rp${NBSP}750.000.000`);
    expect(formatRupiah(0)).toBe(`Rp${NBSP}0`);
    expect(formatRupiah(1_000_000_000_000_000)).toBe(`Rp${NBSP}1.000.000.000.000.000`);
    expect(formatRupiah(750_000_000, 'en')).toBe(`Rp${NBSP}750,000,000`);
  });

  it('writes numbers and rates in the language chosen', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatPercent(0.375)).toBe('37,5%');
    expect(formatPercent(0.375, 'en')).toBe('37.5%');
  });

  it('writes calendar dates as day, month name and year without shifting the day', () => {
    expect(formatDate('2026-11-29')).toBe('29 November 2026');
    expect(formatDate('2026-08-01')).toBe('1 Agustus 2026');
    expect(formatDate('2026-08-01', 'en')).toBe('1 August 2026');
    expect(formatDate('2026-12-31T00:00:00.000Z')).toBe('31 Desember 2026');
  });

  it('shows timestamps in the local time zone with WIB, WITA or WIT', () => {
    const instant = '2026-11-29T17:30:00.000Z';
    expect(formatDateTime(instant)).toBe('30 November 2026 00.30 WIB');
    expect(formatDateTime(instant, 'id', 'Asia/Makassar')).toBe('30 November 2026 01.30 WITA');
    expect(formatDateTime(instant, 'en', 'Asia/Jayapura')).toBe('30 November 2026 02:30 WIT');
  });

  it('finds the time zone of an agency from its BPS region code', () => {
    expect(timeZoneOfRegion('1505')).toBe('Asia/Jakarta'); // Muaro Jambi
    expect(timeZoneOfRegion('5171')).toBe('Asia/Makassar'); // Denpasar
    expect(timeZoneOfRegion('7371')).toBe('Asia/Makassar'); // Makassar
    expect(timeZoneOfRegion('9471')).toBe('Asia/Jayapura'); // Jayapura
    expect(timeZoneOfRegion(undefined)).toBe('Asia/Jakarta');
  });
});
