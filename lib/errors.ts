/*
 * Two result shapes, for a reason:
 * - ActionResult is what domain functions (lib/<domain>/*mutations.ts) return, and what the server
 *   actions of rich forms (react-hook-form) pass on: data, or a refusal with its code, a French
 *   message and the messages of each field.
 * - FormState (lib/forms.ts) is what a `<form action>` gets back through useActionState: the same
 *   refusal, plus the values typed, so that the form re-renders with nothing lost even before
 *   JavaScript runs. formFailure turns the first into the second.
 * Business refusals are returned; anything else is a bug and is thrown (the route's error page).
 */

/** The closed list of expected refusals, shared by server and client: each says what happened. */
export type ErrorCode =
  // The caller
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  // The request
  | 'NOT_FOUND'
  | 'VALIDATION'
  // The state of things
  | 'EMAIL_TAKEN'
  | 'NAME_TAKEN'
  | 'ALREADY_DONE'
  | 'ALREADY_MEMBER'
  | 'MEMBER_ELSEWHERE'
  | 'ALREADY_REGISTERED'
  | 'NOT_ELIGIBLE'
  | 'INVITATION_USED'
  | 'OWN_ACCOUNT'
  | 'HEAD_REQUIRED'
  | 'OFFER_ARCHIVED'
  | 'TRANSITION_NOT_ALLOWED'
  | 'SEATS_HELD'
  | 'READ_ONLY';

export type ActionResult<T = void> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

export function fail(code: ErrorCode, message: string, fieldErrors?: Record<string, string[]>): ActionResult<never> {
  return { ok: false, code, message, fieldErrors };
}

/** A refusal about one field: the message shows at the top of the form and on the field itself. */
export function failOn(field: string, message: string, code: ErrorCode = 'VALIDATION'): ActionResult<never> {
  return fail(code, message, { [field]: [message] });
}
