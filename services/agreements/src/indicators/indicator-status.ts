import type { Indicator } from '@sinergi/contracts';

export const IndicatorStatuses = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'] as const;
export type IndicatorStatus = (typeof IndicatorStatuses)[number];

/** Indicators measured as a share from 0 to 1 (their targets too). */
export const RATE_INDICATORS: readonly Indicator[] = [
  'COMPLETION_RATE',
  'EMPLOYMENT_RATE_6M',
  'RECIDIVISM_RATE_12M',
  'BUDGET_ABSORPTION',
];

/** The one indicator where less is better. */
export const LOWER_IS_BETTER: readonly Indicator[] = ['RECIDIVISM_RATE_12M'];

/** Share of the target a "higher is better" indicator must reach to be AT_RISK rather than OFF_TRACK. */
export const AT_RISK_SHARE = 0.8;
/** Multiple of the target a "lower is better" indicator may reach and still be AT_RISK. */
export const AT_RISK_EXCESS = 1.25;
/** Rates are floating point: 0.8 × 0.8 must still reach 0.64. */
const EPSILON = 1e-9;

/**
 * How an indicator stands against its target:
 * - higher is better (all but recidivism): ON_TRACK when actual ≥ target, AT_RISK when actual ≥ 80 %
 *   of the target, else OFF_TRACK;
 * - lower is better (RECIDIVISM_RATE_12M): ON_TRACK when actual ≤ target, AT_RISK when actual ≤ 1.25 ×
 *   target, else OFF_TRACK;
 * - no data yet (actual null: a rate whose denominator is still empty, e.g. nobody released or no
 *   budget opened): AT_RISK, because nothing shows the target is being met, yet nothing shows it is
 *   missed either; the plan needs attention, not an alarm.
 */
export function indicatorStatus(
  indicator: Indicator,
  target: number,
  actual: number | null,
): IndicatorStatus {
  if (actual === null) return 'AT_RISK';
  if (LOWER_IS_BETTER.includes(indicator)) {
    if (actual <= target + EPSILON) return 'ON_TRACK';
    return actual <= target * AT_RISK_EXCESS + EPSILON ? 'AT_RISK' : 'OFF_TRACK';
  }
  if (actual >= target - EPSILON) return 'ON_TRACK';
  return actual >= target * AT_RISK_SHARE - EPSILON ? 'AT_RISK' : 'OFF_TRACK';
}
