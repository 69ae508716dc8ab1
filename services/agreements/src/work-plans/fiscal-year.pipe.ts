import { Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidInputException } from '@sinergi/platform';

/** The `:fiscalYear` route parameter: a calendar year. */
@Injectable()
export class FiscalYearPipe implements PipeTransform<string | number, number> {
  transform(value: string | number): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(String(value)) || year < 2000 || year > 2100) {
      throw new InvalidInputException([
        { field: 'fiscalYear', message: 'fiscalYear must be a year from 2000 to 2100' },
      ]);
    }
    return year;
  }
}
