import { DomainError } from '@sinergi/platform';
import {
  AgreementActions,
  AgreementStatuses,
  assertAllowed,
  statusAfterLastSignature,
  type AgreementAction,
  type AgreementStatus,
} from './agreement-lifecycle';

/** The complete transition table of DOMAIN.md: every state × every action. */
const EXPECTED: Record<AgreementStatus, AgreementAction[]> = {
  DRAFT: ['update', 'submit'],
  PENDING_SIGNATURE: ['sign'],
  SIGNED: ['terminate', 'activate'],
  ACTIVE: ['terminate', 'amend', 'expire'],
  EXPIRED: [],
  TERMINATED: [],
};

describe('agreement lifecycle', () => {
  const cases = AgreementStatuses.flatMap((status) =>
    AgreementActions.map((action) => ({ status, action, allowed: EXPECTED[status].includes(action) })),
  );

  it.each(cases)('$status × $action → allowed: $allowed', ({ status, action, allowed }) => {
    if (allowed) {
      expect(() => assertAllowed(status, action)).not.toThrow();
    } else {
      expect(() => assertAllowed(status, action)).toThrow(`agreement is ${status}`);
      expect(() => assertAllowed(status, action)).toThrow(
        expect.objectContaining({ code: 'agreement.invalid-state' }) as DomainError,
      );
    }
  });

  it('activates on the last signature only once the start date has come', () => {
    expect(statusAfterLastSignature('2027-01-01', '2026-12-31')).toBe('SIGNED');
    expect(statusAfterLastSignature('2027-01-01', '2027-01-01')).toBe('ACTIVE');
    expect(statusAfterLastSignature('2027-01-01', '2027-06-01')).toBe('ACTIVE');
  });
});
