import { agreementRuleViolation, effectiveStatus, type KnownTerms } from './agreement-rules';
import type { KnownAgreement } from './known-agreement.entity';

const agreement = (overrides: Partial<KnownAgreement> = {}): KnownAgreement & KnownTerms =>
  Object.assign(
    {
      id: 'a1',
      kind: 'MOU',
      status: 'ACTIVE',
      scopes: ['SKILLS_TRAINING'],
      partyCodes: ['PEMKAB-X', 'KANWIL-X'],
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      version: 1,
      timeZone: 'Asia/Jakarta',
      updatedAt: new Date(),
    },
    overrides,
  );
const program = { agreementId: 'a1', track: 'KEMANDIRIAN', startDate: '2027-02-01', endDate: '2027-06-30' };
const today = '2027-01-15';

describe('agreement rules for a new program', () => {
  it('accepts an active agreement whose scopes and term cover the program', () => {
    expect(agreementRuleViolation(agreement(), program, today)).toBeNull();
    expect(agreementRuleViolation(agreement({ scopes: ['ENTREPRENEURSHIP'] }), program, today)).toBeNull();
  });

  it.each([
    ['unknown agreement', null, program, /not known yet/],
    [
      'only a status change seen so far',
      { ...agreement(), scopes: null, startDate: null, endDate: null } as KnownAgreement,
      program,
      /not known yet/,
    ],
    ['terminated', agreement({ status: 'TERMINATED' }), program, /is TERMINATED, not ACTIVE/],
    ['signed, not started', agreement({ status: 'SIGNED', startDate: '2027-02-01' }), program, /is SIGNED/],
    ['past its end date', agreement({ endDate: '2027-01-10' }), program, /is EXPIRED/],
    ['scope', agreement({ scopes: ['PERSONALITY_DEVELOPMENT'] }), program, /do not cover track KEMANDIRIAN/],
    ['KEPRIBADIAN scope', agreement(), { ...program, track: 'KEPRIBADIAN' }, /needs PERSONALITY_DEVELOPMENT/],
    ['term', agreement(), { ...program, endDate: '2030-01-01' }, /outside the agreement term/],
  ])('refuses: %s', (_name, known, planned, message) => {
    expect(agreementRuleViolation(known, planned, today)).toMatch(message);
  });

  it('treats a signed agreement as active from its start date', () => {
    expect(effectiveStatus(agreement({ status: 'SIGNED' }), today)).toBe('ACTIVE');
  });
});
