import type { Recidivism } from '../../api/types';

/** Cohorts with fewer than this many people whose window has ended show no rate (privacy). */
export const SMALL_COUNT = 5;

/** Chart rows per release cohort: the rate, or null when the count is too small to publish. */
export function recidivismSeries(cohorts: Array<Recidivism & { cohortYear: number }>) {
  const notes = cohorts.map((c) => {
    const decided = c.cohortSize - c.inProgress;
    return {
      cohortYear: c.cohortYear,
      cohortSize: c.cohortSize,
      inProgress: c.inProgress,
      reoffended: c.reoffended,
      suppressed: decided < SMALL_COUNT,
    };
  });
  return {
    categories: cohorts.map((c) => String(c.cohortYear)),
    rates: cohorts.map((c, i) => (notes[i].suppressed ? null : c.rate)),
    notes,
  };
}
