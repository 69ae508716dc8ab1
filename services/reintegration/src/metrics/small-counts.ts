/**
 * Small-count suppression of published figures, with secondary suppression: no count from 1 to 5
 * may be shown or be derivable from what is shown (OpenSAFELY's disclosure rule).
 *
 * A table is a set of named counts. `shown` are the counts the answer carries; `sums` are the
 * additive relations a reader knows (`total = parts…`, including counts the answer never carries,
 * such as the people who did not reoffend); each rate is shown only with all of its counts known,
 * so a shown rate reveals them (even a count the answer does not carry, through the rate).
 */
export interface CountTable {
  counts: Record<string, number>;
  shown: string[];
  sums: Array<{ total: string; parts: string[] }>;
  rates: Record<string, string[]>;
}

export const isSmallCount = (n: number) => n >= 1 && n <= 5;

/** The shown counts and rates to hide, primary (1–5) and secondary (so none can be recovered). */
export function cellsToSuppress(table: CountTable): Set<string> {
  const rateInputs = [...new Set(Object.values(table.rates).flat())];
  const hideable = new Set([...table.shown, ...rateInputs]);
  const hidden = new Set([...hideable].filter((cell) => isSmallCount(table.counts[cell])));
  for (;;) {
    const shownRates = Object.keys(table.rates).filter((rate) =>
      table.rates[rate].every((cell) => !hidden.has(cell)),
    );
    const known = new Set([
      ...table.shown.filter((cell) => !hidden.has(cell)),
      ...shownRates.flatMap((rate) => table.rates[rate]),
    ]);
    const equations = table.sums.map((s) => [s.total, ...s.parts]);
    for (let learned = true; learned;) {
      learned = false;
      for (const cells of equations) {
        const unknown = cells.filter((cell) => !known.has(cell));
        if (unknown.length === 1) {
          known.add(unknown[0]);
          learned = true;
        }
      }
    }
    const leak = [...known].find((cell) => isSmallCount(table.counts[cell]));
    if (leak === undefined) {
      const hiddenRates = Object.keys(table.rates).filter((rate) => !shownRates.includes(rate));
      return new Set([...[...hidden].filter((cell) => table.shown.includes(cell)), ...hiddenRates]);
    }
    // Hide the smallest other count (non-zero first) of a relation through which the leak is derived.
    const candidates = equations
      .filter((cells) => cells.includes(leak))
      .flat()
      .filter((cell) => cell !== leak && hideable.has(cell) && !hidden.has(cell));
    if (candidates.length === 0) {
      table.shown.forEach((cell) => hidden.add(cell));
      continue;
    }
    const rank = (cell: string) => (table.counts[cell] === 0 ? Number.MAX_SAFE_INTEGER : table.counts[cell]);
    hidden.add(candidates.reduce((best, cell) => (rank(cell) < rank(best) ? cell : best)));
  }
}
