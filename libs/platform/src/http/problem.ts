import { ERROR_CATALOGUE, errorTypeUri, type ErrorCode } from '../errors/error-catalogue';
import { requestContext } from '../logging/request-context';

/** RFC 9457 problem details, the error body of every service and of the gateway. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  /** URI of the code's entry in docs/errors.md. */
  type: string;
  title: string;
  status: number;
  /** Stable machine-readable code from the error catalogue. */
  code: ErrorCode;
  detail: string;
  /** The request path this occurrence belongs to. */
  instance?: string;
  correlationId?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(
  code: ErrorCode,
  detail: string,
  options: { errors?: FieldError[]; instance?: string } = {},
): Problem {
  const entry = ERROR_CATALOGUE[code];
  const correlationId = requestContext.correlationId();
  return {
    type: errorTypeUri(code),
    title: entry.title,
    status: entry.status,
    code,
    detail,
    ...(options.instance ? { instance: options.instance } : {}),
    ...(correlationId ? { correlationId } : {}),
    ...(options.errors && options.errors.length > 0 ? { errors: options.errors } : {}),
  };
}
