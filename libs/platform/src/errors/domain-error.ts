import type { ErrorCode } from './error-catalogue';

/**
 * A broken business rule, named by its catalogue code. Domain code throws it without knowing
 * HTTP; the problem filter answers with the code's status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}
