import type { KnownAgreement } from './known-agreement.entity';

/** Scopes of which at least one must be in an agreement for a program of the track. */
export const ScopesCoveringTrack: Record<string, readonly string[]> = {
  KEPRIBADIAN: ['PERSONALITY_DEVELOPMENT'],
  KEMANDIRIAN: ['SKILLS_TRAINING', 'ENTREPRENEURSHIP'],
};

/**
 * The agreement's status on `today`. A signed agreement is in force from its start date even
 * before agreement.activated arrives, and none is in force after its end date.
 */
export function effectiveStatus(agreement: KnownAgreement & KnownTerms, today: string): string {
  if (agreement.status === 'TERMINATED' || agreement.status === 'EXPIRED') return agreement.status;
  if (agreement.endDate < today) return 'EXPIRED';
  if (agreement.status === 'ACTIVE' || agreement.startDate <= today) return 'ACTIVE';
  return agreement.status;
}

export type KnownTerms = { scopes: string[]; startDate: string; endDate: string };

const hasTerms = (agreement: KnownAgreement): agreement is KnownAgreement & KnownTerms =>
  agreement.startDate !== null && agreement.endDate !== null && agreement.scopes !== null;

export interface PlannedProgram {
  agreementId: string;
  track: string;
  startDate: string;
  endDate: string;
}

/** The first rule a program under this agreement breaks, or null when it may be created. */
export function agreementRuleViolation(
  agreement: KnownAgreement | null,
  program: PlannedProgram,
  today: string,
): string | null {
  if (!agreement || !hasTerms(agreement)) return `agreement ${program.agreementId} is not known yet`;
  const status = effectiveStatus(agreement, today);
  if (status !== 'ACTIVE') return `agreement ${agreement.id} is ${status}, not ACTIVE`;
  const needed = ScopesCoveringTrack[program.track];
  if (!needed.some((scope) => agreement.scopes.includes(scope))) {
    return `agreement scopes [${agreement.scopes.join(', ')}] do not cover track ${program.track} (needs ${needed.join(' or ')})`;
  }
  if (program.startDate < agreement.startDate || program.endDate > agreement.endDate) {
    return `program dates ${program.startDate}..${program.endDate} lie outside the agreement term ${agreement.startDate}..${agreement.endDate}`;
  }
  return null;
}
