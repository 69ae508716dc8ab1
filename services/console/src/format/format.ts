// Number, money, date and time formats of the console, in the language the user chose.
// Money is whole Rupiah; plain dates (YYYY-MM-DD) are calendar days and never shift with the time
// zone; timestamps are shown in the agency's local time zone with its Indonesian abbreviation.

export type Language = 'id' | 'en';

const LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

export type IndonesianTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

const ZONE_ABBREVIATION: Record<IndonesianTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

// BPS province codes (first two digits of a region code) east of the WIB zone.
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT_PROVINCES = new Set(['81', '82', '91', '92', '93', '94', '95', '96', '97']);

/** The time zone of an agency from its BPS region code (province or regency); WIB when unknown. */
export function timeZoneOfRegion(regionCode: string | undefined): IndonesianTimeZone {
  const province = (regionCode ?? '').slice(0, 2);
  if (WITA_PROVINCES.has(province)) return 'Asia/Makassar';
  if (WIT_PROVINCES.has(province)) return 'Asia/Jayapura';
  return 'Asia/Jakarta';
}

/** `Rp 750.000.000` (Indonesian) or `Rp 750,000,000` (English); the space does not break. */
export function formatRupiah(amount: number, language: Language = 'id'): string {
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatNumber(value: number, language: Language = 'id'): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 }).format(value);
}

/** A rate 0–1 as a percentage with at most one decimal: `37,5%`. */
export function formatPercent(rate: number, language: Language = 'id'): string {
  return new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A calendar date `2026-11-29` as `29 November 2026`. */
export function formatDate(date: string, language: Language = 'id'): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A timestamp as `29 November 2026 14.05 WIB` in the given zone. */
export function formatDateTime(
  timestamp: string,
  language: Language = 'id',
  timeZone: IndonesianTimeZone = 'Asia/Jakarta',
): string {
  const instant = new Date(timestamp);
  const date = new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(instant);
  const time = new Intl.DateTimeFormat(LOCALE[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(instant);
  return `${date} ${time} ${ZONE_ABBREVIATION[timeZone]}`;
}
