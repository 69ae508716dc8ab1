import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE, localDate } from './local-date';

/**
 * The time source of every rule that depends on "now" (activation, expiry, windows).
 * Tests replace it (`jest.spyOn(app.get(Clock), 'now')`) instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's local date `YYYY-MM-DD` in `timeZone` (Western Indonesian Time unless told otherwise). */
  today(timeZone: string = DEFAULT_TIME_ZONE): string {
    return localDate(this.now(), timeZone);
  }
}
