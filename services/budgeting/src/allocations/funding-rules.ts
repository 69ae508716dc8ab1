import type { AgreementRecord } from '../agreements/agreement.entity';

/** Agreement states under which money may be committed. */
const IN_FORCE = new Set(['SIGNED', 'ACTIVE']);

/**
 * Why no budget may fund a request under this agreement and fiscal year, or null when a decision
 * (automatic or by a finance officer) may be taken.
 */
export function fundingRefusal(
  agreement: Pick<AgreementRecord, 'status' | 'endDate'> | null,
  budgetCount: number,
  fiscalYear: number,
  today: string,
): string | null {
  if (!agreement) return 'agreement unknown: budgeting has no record of this agreement';
  if (agreement.status === 'TERMINATED') return 'agreement terminated';
  if (agreement.status === 'EXPIRED' || (agreement.endDate !== null && agreement.endDate < today)) {
    return 'agreement expired';
  }
  if (!IN_FORCE.has(agreement.status)) return `agreement not in force (status ${agreement.status})`;
  if (budgetCount === 0) return `no budget for this agreement in fiscal year ${fiscalYear}`;
  return null;
}

/** Budgets whose auto-approval limit covers the amount, in the order they are tried. */
export function autoApprovalCandidates<B extends { id: string; autoApproveLimit: number | null }>(
  budgets: B[],
  amount: number,
): B[] {
  return budgets
    .filter((b) => b.autoApproveLimit !== null && amount <= b.autoApproveLimit)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
