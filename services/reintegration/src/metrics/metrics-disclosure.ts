import type { RecidivismFigures } from '@sinergi/contracts';
import { cellsToSuppress, type CountTable } from './small-counts';

/** What an answer says about the cells it hides (dotted paths into the answer). */
export interface Disclosure {
  suppressed: boolean;
  suppressedCells: string[];
}

/** The answer with `table`'s cells to suppress set to null and named; untouched when `suppress` is false. */
function disclose<T extends object>(answer: T, table: CountTable, suppress: boolean): T & Disclosure {
  const cells = suppress ? [...cellsToSuppress(table)].sort() : [];
  const copy = structuredClone(answer) as Record<string, unknown>;
  for (const path of cells) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce((node, key) => node[key] as Record<string, unknown>, copy);
    parent[keys[keys.length - 1]] = null;
  }
  return { ...(copy as T), suppressed: cells.length > 0, suppressedCells: cells };
}

interface RecidivismAnswer extends RecidivismFigures {
  byKemandirianCompletion: { completed: RecidivismFigures; notCompleted: RecidivismFigures };
}

const RECIDIVISM_COUNTS = ['cohortSize', 'reoffended', 'inProgress', 'notReoffended'] as const;

/**
 * Recidivism with small counts hidden: the cohort and each half of the KEMANDIRIAN breakdown add up,
 * and in each group cohortSize = reoffended + inProgress + the people who did not reoffend.
 */
export function discloseRecidivism<T extends RecidivismAnswer>(answer: T, suppress: boolean) {
  const groups: Array<[string, RecidivismFigures]> = [
    ['', answer],
    ['byKemandirianCompletion.completed.', answer.byKemandirianCompletion.completed],
    ['byKemandirianCompletion.notCompleted.', answer.byKemandirianCompletion.notCompleted],
  ];
  const table: CountTable = { counts: {}, shown: [], sums: [], rates: {} };
  for (const [prefix, figures] of groups) {
    Object.assign(table.counts, {
      [`${prefix}cohortSize`]: figures.cohortSize,
      [`${prefix}reoffended`]: figures.reoffended,
      [`${prefix}inProgress`]: figures.inProgress,
      [`${prefix}notReoffended`]: figures.cohortSize - figures.reoffended - figures.inProgress,
    });
    table.shown.push(`${prefix}cohortSize`, `${prefix}reoffended`, `${prefix}inProgress`);
    table.sums.push({
      total: `${prefix}cohortSize`,
      parts: [`${prefix}reoffended`, `${prefix}inProgress`, `${prefix}notReoffended`],
    });
    table.rates[`${prefix}rate`] = [`${prefix}cohortSize`, `${prefix}reoffended`, `${prefix}inProgress`];
  }
  for (const count of RECIDIVISM_COUNTS)
    table.sums.push({
      total: count,
      parts: [`byKemandirianCompletion.completed.${count}`, `byKemandirianCompletion.notCompleted.${count}`],
    });
  return disclose(answer, table, suppress);
}

/** Employment with small counts hidden: cohortSize = employed + the people not employed. */
export function discloseEmployment<T extends { cohortSize: number; employed: number }>(
  answer: T,
  suppress: boolean,
) {
  return disclose(
    answer,
    {
      counts: {
        cohortSize: answer.cohortSize,
        employed: answer.employed,
        notEmployed: answer.cohortSize - answer.employed,
      },
      shown: ['cohortSize', 'employed'],
      sums: [{ total: 'cohortSize', parts: ['employed', 'notEmployed'] }],
      rates: { rate: ['cohortSize', 'employed'] },
    },
    suppress,
  );
}

/** An agreement's reintegration figures with small counts hidden (the overview shows them). */
export function discloseAgreementSummary<
  T extends { openCases: number; released: number; employed: number; reoffended: number; inProgress: number },
>(answer: T, suppress: boolean) {
  return disclose(
    answer,
    {
      counts: {
        openCases: answer.openCases,
        released: answer.released,
        employed: answer.employed,
        reoffended: answer.reoffended,
        inProgress: answer.inProgress,
        notEmployed: answer.released - answer.employed,
        notReoffended: answer.released - answer.reoffended - answer.inProgress,
      },
      shown: ['openCases', 'released', 'employed', 'reoffended', 'inProgress'],
      sums: [
        { total: 'released', parts: ['employed', 'notEmployed'] },
        { total: 'released', parts: ['reoffended', 'inProgress', 'notReoffended'] },
      ],
      rates: { recidivismRate12m: ['released', 'reoffended', 'inProgress'] },
    },
    suppress,
  );
}
