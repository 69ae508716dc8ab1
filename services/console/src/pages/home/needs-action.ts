import type { Schemas } from '../../api/client';

type Agreement = Pick<Schemas['AgreementResponse'], 'status' | 'parties' | 'endDate'>;
type Allocation = Pick<Schemas['AllocationResponse'], 'status'>;
type ReintegrationCase = Pick<Schemas['CaseResponse'], 'status' | 'releaseDate' | 'followUps'>;

const EXPIRY_NOTICE_DAYS = 90;
const FOLLOW_UP_INTERVAL_DAYS = 30;
const DAY_MS = 86_400_000;

interface Input {
  agreements: Agreement[];
  allocations: Allocation[];
  cases: ReintegrationCase[];
  agencyCode: string;
  signs: boolean;
  today?: string;
}

/**
 * What waits for the signed-in officer: agreements awaiting their agency's signature, pending
 * allocations, active agreements ending within 90 days (as the platform announces expiry) and
 * open cases whose last contact (follow-up, else release) is 30 days old or more.
 */
export function needsAction({ agreements, allocations, cases, agencyCode, signs, today }: Input) {
  const now = Date.parse(today ?? new Date().toISOString().slice(0, 10));
  const daysUntil = (date: string) => (Date.parse(date) - now) / DAY_MS;
  return {
    signatures: signs
      ? agreements.filter(
          (a) =>
            a.status === 'PENDING_SIGNATURE' && a.parties.some((p) => p.code === agencyCode && !p.signedAt),
        )
      : [],
    allocations: allocations.filter((a) => a.status === 'PENDING'),
    expiring: agreements.filter(
      (a) => a.status === 'ACTIVE' && daysUntil(a.endDate) >= 0 && daysUntil(a.endDate) <= EXPIRY_NOTICE_DAYS,
    ),
    followUpsDue: cases.filter((c) => {
      if (c.status !== 'OPEN') return false;
      const last = [c.releaseDate, ...c.followUps.map((f) => f.date)].sort().at(-1)!;
      return -daysUntil(last) >= FOLLOW_UP_INTERVAL_DAYS;
    }),
  };
}
