/**
 * Dates are local (DOMAIN.md): "today", fiscal and cohort years, certificate years and agreement
 * activation and expiry follow the agency's time zone, Western Indonesian Time (WIB) by default.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

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
