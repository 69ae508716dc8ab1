/**
 * Dates are local (DOMAIN.md): "today", fiscal and cohort years, certificate years and agreement
 * activation and expiry follow the agency's time zone, Western Indonesian Time unless the agency is
 * in Central (WITA) or Eastern (WIT) Indonesian Time.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** Indonesia's three time zones, as IANA names. */
export const IndonesianTimeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type IndonesianTimeZone = (typeof IndonesianTimeZones)[number];

/** Provinces (first two digits of a BPS region code) in WITA and WIT; every other one is in WIB. */
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT_PROVINCES = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/** The time zone of a BPS region (province or regency) code: WIT, WITA, else WIB. */
export function timeZoneOfRegion(regionCode: string): IndonesianTimeZone {
  const province = regionCode.slice(0, 2);
  if (WIT_PROVINCES.has(province)) return 'Asia/Jayapura';
  if (WITA_PROVINCES.has(province)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date `YYYY-MM-DD` that `instant` falls on in `timeZone`. */
export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}

/** The (fiscal, cohort, certificate) year that `instant` falls in, in `timeZone`. */
export function localYear(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  return Number(localDate(instant, timeZone).slice(0, 4));
}

/** The westernmost of some time zones: the last of them to reach a date (where a date holds everywhere). */
export function westernmost(timeZones: string[]): string {
  const order = (zone: string) => {
    const index = IndonesianTimeZones.indexOf(zone as IndonesianTimeZone);
    return index === -1 ? 0 : index;
  };
  return timeZones.reduce(
    (west, zone) => (order(zone) < order(west) ? zone : west),
    timeZones[0] ?? DEFAULT_TIME_ZONE,
  );
}
