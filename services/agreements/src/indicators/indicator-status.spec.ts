import { indicatorStatus } from './indicator-status';

describe('indicator status against its target', () => {
  it.each([
    ['PARTICIPANTS_ENROLLED', 100, 120, 'ON_TRACK'],
    ['PARTICIPANTS_ENROLLED', 100, 100, 'ON_TRACK'],
    ['PARTICIPANTS_ENROLLED', 100, 80, 'AT_RISK'],
    ['PARTICIPANTS_ENROLLED', 100, 79, 'OFF_TRACK'],
    ['COMPLETION_RATE', 0.8, 0.64, 'AT_RISK'],
    ['COMPLETION_RATE', 0.8, 0.5, 'OFF_TRACK'],
    ['BUDGET_ABSORPTION', 0, 0, 'ON_TRACK'],
    ['RECIDIVISM_RATE_12M', 0.2, 0.1, 'ON_TRACK'],
    ['RECIDIVISM_RATE_12M', 0.2, 0.2, 'ON_TRACK'],
    ['RECIDIVISM_RATE_12M', 0.2, 0.25, 'AT_RISK'],
    ['RECIDIVISM_RATE_12M', 0.2, 0.26, 'OFF_TRACK'],
    ['RECIDIVISM_RATE_12M', 0, 0.01, 'OFF_TRACK'],
    ['EMPLOYMENT_RATE_6M', 0.5, null, 'AT_RISK'],
    ['RECIDIVISM_RATE_12M', 0.2, null, 'AT_RISK'],
  ] as const)('%s target %s actual %s → %s', (indicator, target, actual, expected) => {
    expect(indicatorStatus(indicator, target, actual)).toBe(expected);
  });
});
