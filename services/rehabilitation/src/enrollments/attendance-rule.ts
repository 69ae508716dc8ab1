export const MIN_ATTENDANCE_RATE = 0.75;

export interface AttendanceTally {
  /** Sessions of the program dated on or before today. */
  held: number;
  present: number;
  excused: number;
}

/**
 * Share of the held sessions attended. An EXCUSED absence counts neither for nor against the
 * participant: it leaves the denominator. Null when no session counts (nothing to judge).
 */
export function attendanceRate({ held, present, excused }: AttendanceTally): number | null {
  const counted = held - excused;
  return counted > 0 ? present / counted : null;
}

/** Why the participant may not complete yet, or null when the attendance suffices. */
export function attendanceShortfall(tally: AttendanceTally): string | null {
  const rate = attendanceRate(tally);
  if (rate === null) return 'no session has been held (excused ones aside), so attendance cannot be judged';
  if (rate < MIN_ATTENDANCE_RATE) {
    return `attendance ${tally.present}/${tally.held - tally.excused} (${Math.round(rate * 100)} %) is below 75 % of the sessions held`;
  }
  return null;
}
