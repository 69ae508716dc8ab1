/** One person of a release cohort, as seen through one follow-up window. */
export interface CohortMember {
  /** A reoffence fell in [release, release + window). */
  reoffended: boolean;
  /** The window has not ended yet ("today" < release + window). */
  windowOpen: boolean;
  /** Completed a KEMANDIRIAN program before the release. */
  completedKemandirian: boolean;
}

export interface RecidivismFigures {
  cohortSize: number;
  reoffended: number;
  inProgress: number;
  /** reoffended / (cohortSize − inProgress); null when nobody's outcome is known yet. */
  rate: number | null;
}

/**
 * Recidivism as DOMAIN.md defines it: a returner counts as soon as the reoffence is recorded;
 * someone without a reoffence whose window is still open is in progress and left out of the rate.
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
