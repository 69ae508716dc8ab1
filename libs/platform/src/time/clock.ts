import { Injectable } from '@nestjs/common';

/**
 * The time source of every rule that depends on "now" (activation, expiry, windows).
 * Tests replace it (`jest.spyOn(app.get(Clock), 'now')`) instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date `YYYY-MM-DD` in UTC. */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}
