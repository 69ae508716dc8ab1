/** CSV (RFC 4180) of list items, shared by every list answered with `Accept: text/csv`. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** A cell: text as is, numbers and booleans as JSON, null and absent as empty, objects as JSON. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Quote when needed; a leading = + - @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (values: unknown[]) => `${values.map(csvCell).join(',')}\r\n`;

/** The columns of a list: the keys of its items, in the order they first appear. */
export function csvColumns(items: Array<Record<string, unknown>>, known: string[] = []): string[] {
  const columns = [...known];
  for (const item of items)
    for (const key of Object.keys(item)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

export const csvRow = (item: Record<string, unknown>, columns: string[]) =>
  csvLine(columns.map((c) => item[c]));
