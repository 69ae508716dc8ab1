import { addMonths, cohortMember, recidivismFigures, recidivismOf, type CohortMember } from './recidivism';

const member = (reoffended: boolean, windowOpen: boolean): CohortMember => ({ reoffended, windowOpen });

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

describe('recidivismOf', () => {
  it('counts a reoffence inside [release, release + window) and none on the day the window ends', () => {
    const entries = [
      { releaseDate: '2027-01-15', firstReoffenceDate: '2028-01-14' }, // last day inside
      { releaseDate: '2027-01-15', firstReoffenceDate: '2028-01-15' }, // the window has ended
      { releaseDate: '2027-01-15', firstReoffenceDate: null },
    ];
    expect(recidivismOf(entries, 12, '2028-01-14')).toEqual({
      cohortSize: 3,
      reoffended: 1,
      inProgress: 2,
      rate: 1,
    });
    expect(recidivismOf(entries, 12, '2028-01-15')).toEqual({
      cohortSize: 3,
      reoffended: 1,
      inProgress: 0,
      rate: 1 / 3,
    });
  });

  it('gives each entry the window of its own release date, whatever the entries around it', () => {
    const entries = [
      { releaseDate: '2027-02-28', firstReoffenceDate: '2028-02-27' },
      { releaseDate: '2027-03-31', firstReoffenceDate: null },
      { releaseDate: '2027-02-28', firstReoffenceDate: '2028-02-28' },
      { releaseDate: '2027-03-31', firstReoffenceDate: '2027-04-01' },
      { releaseDate: '2027-02-28', firstReoffenceDate: null },
    ];
    expect(recidivismOf(entries, 12, '2028-02-28')).toEqual({
      cohortSize: 5,
      reoffended: 2,
      inProgress: 1,
      rate: 1 / 2,
    });
    // The same entries through another window: windows end 2027-03-28 and 2027-04-30.
    expect(recidivismOf(entries, 1, '2028-02-28')).toEqual({
      cohortSize: 5,
      reoffended: 1,
      inProgress: 0,
      rate: 1 / 5,
    });
  });

  it('equals the figures of its entries taken one by one, for every release day of two years', () => {
    const entries = [];
    for (
      let day = new Date(Date.UTC(2027, 0, 1));
      day.getUTCFullYear() < 2029;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      const releaseDate = day.toISOString().slice(0, 10);
      for (const months of [0, 6, 12, 13])
        entries.push({
          releaseDate,
          firstReoffenceDate: months === 0 ? null : addMonths(releaseDate, months),
        });
      entries.push({ releaseDate, firstReoffenceDate: addMonths(releaseDate, 12).replace(/..$/, '01') });
    }
    for (const windowMonths of [1, 6, 12, 24])
      for (const today of ['2027-06-30', '2028-02-29', '2029-03-01', '2031-01-01'])
        expect(recidivismOf(entries, windowMonths, today)).toEqual(
          recidivismFigures(entries.map((entry) => cohortMember(entry, windowMonths, today))),
        );
  });

  it('adds months as PostgreSQL does: the end of a shorter month stands in', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-12-15', 12)).toBe('2028-12-15');
  });
});
