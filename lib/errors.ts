/**
 * The closed list of expected refusals, shared by server and client. Business refusals are
 * returned as `ActionResult`s with a French message; anything else is a bug and is thrown.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION' | 'RATE_LIMITED' | 'CONFLICT';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type ActionResult<T = void> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

export function fail(code: ErrorCode, message: string, fieldErrors?: Record<string, string[]>): ActionResult<never> {
  return { ok: false, code, message, fieldErrors };
}
