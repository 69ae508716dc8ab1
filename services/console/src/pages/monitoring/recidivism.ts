import type { Schemas } from '../../api/client';

type Cohort = Pick<
  Schemas['RecidivismResponse'],
  'cohortYear' | 'cohortSize' | 'reoffended' | 'inProgress' | 'rate' | 'suppressed'
>;

/** Cohorts with fewer than this many people whose window has ended show no rate (privacy). */
export const SMALL_COUNT = 5;

/** Chart rows per release cohort: the rate, or null when the count is too small to publish. */
export function recidivismSeries(cohorts: Cohort[]) {
  const notes = cohorts.map((c) => {
    // The platform leaves out counts it suppresses itself (null).
    const decided = c.cohortSize === null || c.inProgress === null ? 0 : c.cohortSize - c.inProgress;
    return {
      cohortYear: c.cohortYear,
      cohortSize: c.cohortSize,
      inProgress: c.inProgress,
      reoffended: c.reoffended,
      suppressed: c.suppressed || decided < SMALL_COUNT,
    };
  });
  return {
    categories: cohorts.map((c) => String(c.cohortYear)),
    rates: cohorts.map((c, i) => (notes[i].suppressed ? null : c.rate)),
    notes,
  };
}
