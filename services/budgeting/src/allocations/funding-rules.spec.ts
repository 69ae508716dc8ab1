import { autoApprovalCandidates, fundingRefusal } from './funding-rules';

const today = '2027-03-01';
const active = { status: 'ACTIVE' as const, endDate: '2029-12-31' };

describe('fundingRefusal', () => {
  it('refuses an unknown, terminated, expired or unsigned agreement', () => {
    expect(fundingRefusal(null, 1, 2027, today)).toMatch(/agreement unknown/);
    expect(fundingRefusal({ ...active, status: 'TERMINATED' }, 1, 2027, today)).toBe('agreement terminated');
    expect(fundingRefusal({ ...active, status: 'EXPIRED' }, 1, 2027, today)).toBe('agreement expired');
    expect(fundingRefusal({ ...active, endDate: '2027-02-28' }, 1, 2027, today)).toBe('agreement expired');
    expect(fundingRefusal({ ...active, status: 'DRAFT' }, 1, 2027, today)).toMatch(/not in force/);
  });

  it('refuses when no budget exists for the fiscal year', () => {
    expect(fundingRefusal(active, 0, 2027, today)).toBe('no budget for this agreement in fiscal year 2027');
  });

  it('lets a signed or active agreement with a budget be decided', () => {
    expect(fundingRefusal(active, 1, 2027, today)).toBeNull();
    expect(fundingRefusal({ ...active, status: 'SIGNED' }, 2, 2027, today)).toBeNull();
    expect(fundingRefusal({ ...active, endDate: today }, 1, 2027, today)).toBeNull();
  });
});

describe('autoApprovalCandidates', () => {
  it('keeps budgets whose limit covers the amount, limit inclusive, in id order', () => {
    const budgets = [
      { id: 'c', autoApproveLimit: 100 },
      { id: 'a', autoApproveLimit: 99 },
      { id: 'b', autoApproveLimit: null },
      { id: 'd', autoApproveLimit: 500 },
    ];
    expect(autoApprovalCandidates(budgets, 100).map((b) => b.id)).toEqual(['c', 'd']);
  });
});
