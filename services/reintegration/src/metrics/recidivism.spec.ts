import { recidivismFigures, type CohortMember } from './recidivism';

const member = (reoffended: boolean, windowOpen: boolean): CohortMember => ({
  reoffended,
  windowOpen,
  completedKemandirian: false,
});

describe('recidivismFigures', () => {
  it('counts a returner even while the window is open, and leaves open windows without reoffence out of the rate', () => {
    expect(
      recidivismFigures([member(true, true), member(true, false), member(false, false), member(false, true)]),
    ).toEqual({ cohortSize: 4, reoffended: 2, inProgress: 1, rate: 2 / 3 });
  });

  it('has no rate while every outcome is still open, nor for an empty cohort', () => {
    expect(recidivismFigures([member(false, true)]).rate).toBeNull();
    expect(recidivismFigures([])).toEqual({ cohortSize: 0, reoffended: 0, inProgress: 0, rate: null });
  });
});
