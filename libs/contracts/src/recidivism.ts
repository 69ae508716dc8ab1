/**
 * Recidivism as DOMAIN.md defines it, owned by the reintegration service: who belongs to a cohort
 * is decided there (`CohortEntry`), and every figure anyone shows (the reintegration metrics, the
 * work plan's RECIDIVISM_RATE_12M, evaluations, the overview) is computed by `recidivismOf` below.
 */

/** A person's place in one release-year cohort. */
export interface CohortEntry {
  /** The release that puts the person in the cohort (`YYYY-MM-DD`). */
  releaseDate: string;
  /** The person's first reoffence on or after that release, if any. */
  firstReoffenceDate: string | null;
}

/** One person of a release cohort, as seen through one follow-up window. */
export interface CohortMember {
  /** A reoffence fell in [release, release + window). */
  reoffended: boolean;
  /** The window has not ended yet ("today" < release + window). */
  windowOpen: boolean;
}

export interface RecidivismFigures {
  cohortSize: number;
  reoffended: number;
  inProgress: number;
  /** reoffended / (cohortSize − inProgress); null when nobody's outcome is known yet. */
  rate: number | null;
}

/** `date` plus `months` calendar months, the end of a shorter month standing in (as PostgreSQL adds). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** How one cohort entry looks through a window of `windowMonths`, on the local date `today`. */
export function cohortMember(entry: CohortEntry, windowMonths: number, today: string): CohortMember {
  return memberUntil(entry, addMonths(entry.releaseDate, windowMonths), today);
}

/** How one cohort entry looks through its window, which ends (exclusive) on `windowEnd`. */
function memberUntil(entry: CohortEntry, windowEnd: string, today: string): CohortMember {
  return {
    reoffended: entry.firstReoffenceDate !== null && entry.firstReoffenceDate < windowEnd,
    windowOpen: windowEnd > today,
  };
}

/**
 * A returner counts as soon as the reoffence is recorded; someone without a reoffence whose window
 * is still open is in progress and left out of the rate.
 */
export function recidivismFigures(members: CohortMember[]): RecidivismFigures {
  const reoffended = members.filter((m) => m.reoffended).length;
  const inProgress = members.filter((m) => !m.reoffended && m.windowOpen).length;
  const decided = members.length - inProgress;
  return {
    cohortSize: members.length,
    reoffended,
    inProgress,
    rate: decided === 0 ? null : reoffended / decided,
  };
}

/** The figures of a cohort through a window of `windowMonths` on the local date `today`. */
export function recidivismOf(entries: CohortEntry[], windowMonths: number, today: string): RecidivismFigures {
  // A cohort's people share few release dates: each date's window end is computed once.
  const windowEnds = new Map<string, string>();
  const windowEnd = (releaseDate: string) => {
    let end = windowEnds.get(releaseDate);
    if (end === undefined) windowEnds.set(releaseDate, (end = addMonths(releaseDate, windowMonths)));
    return end;
  };
  return recidivismFigures(entries.map((entry) => memberUntil(entry, windowEnd(entry.releaseDate), today)));
}
