import { IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { MAX_RUPIAH } from './domain-values';

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

/** Whole Rupiah: an integer from 0 to 10^15. */
export const IsRupiah = () =>
  compose(
    IsInt({ message: '$property must be a whole number of Rupiah' }),
    Min(0, { message: '$property must not be negative' }),
    Max(MAX_RUPIAH, { message: '$property must not exceed 10^15' }),
  );

/** A calendar date `YYYY-MM-DD`. */
export const IsCalendarDate = () =>
  compose(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a valid date' }),
  );

/** A fiscal (calendar) year. */
export const IsFiscalYear = () => compose(IsInt(), Min(2000), Max(2100));

/** `?fiscalYear=` of the services' summaries for the gateway's dashboard. */
export class FiscalYearQuery {
  @Type(() => Number) @IsFiscalYear() fiscalYear: number;
}
