import { DomainError } from '@sinergi/platform';

export const AgreementStatuses = [
  'DRAFT',
  'PENDING_SIGNATURE',
  'SIGNED',
  'ACTIVE',
  'EXPIRED',
  'TERMINATED',
] as const;
export type AgreementStatus = (typeof AgreementStatuses)[number];

/** Everything that can happen to an agreement, by a caller or by the scheduler. */
export const AgreementActions = [
  'update',
  'submit',
  'sign',
  'terminate',
  'amend',
  'activate',
  'expire',
] as const;
export type AgreementAction = (typeof AgreementActions)[number];

/** DOMAIN.md "Agreements": the only states from which each action is allowed. */
const ALLOWED_FROM: Record<AgreementAction, readonly AgreementStatus[]> = {
  update: ['DRAFT'],
  submit: ['DRAFT'],
  sign: ['PENDING_SIGNATURE'],
  terminate: ['SIGNED', 'ACTIVE'],
  amend: ['ACTIVE'],
  activate: ['SIGNED'],
  expire: ['ACTIVE'],
};

const DESCRIPTION: Record<AgreementAction, string> = {
  update: 'edited',
  submit: 'submitted for signature',
  sign: 'signed',
  terminate: 'terminated',
  amend: 'amended',
  activate: 'activated',
  expire: 'expired',
};

export const isAllowed = (status: AgreementStatus, action: AgreementAction) =>
  ALLOWED_FROM[action].includes(status);

/** Throws a 409 naming the current status when `action` is not allowed from it. */
export function assertAllowed(status: AgreementStatus, action: AgreementAction): void {
  if (!isAllowed(status, action)) {
    throw new DomainError(
      'agreement.invalid-state',
      `agreement is ${status}; it can be ${DESCRIPTION[action]} only when ${ALLOWED_FROM[action].join(' or ')}`,
    );
  }
}

/** After the last signature: in force at once if the term has started, else on its start date. */
export const statusAfterLastSignature = (startDate: string, today: string): AgreementStatus =>
  startDate <= today ? 'ACTIVE' : 'SIGNED';
