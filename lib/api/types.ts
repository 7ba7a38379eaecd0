/*
 * The partner API's shared shapes (issue 15, /api/v1), on the earlier platform's contract
 * (the reference data's api-contract folder): who calls, and what a call answers. Domain functions
 * (lib/api/*-mutations.ts, *-queries.ts) take an ApiCaller and return an ApiOutcome; the route
 * handlers (app/api/v1/**) only turn it into a Response (lib/api/http.ts).
 */

/** An operator calling through one of its tokens, already authenticated and within its rate limit. */
export interface ApiCaller {
  tokenId: string;
  operatorId: string;
  /** Granted by the admin (operators.api_full_access): search every published offer. */
  fullAccess: boolean;
}

/** The contract's error codes, each with its HTTP status. */
export const API_ERRORS = {
  /** Fields missing or invalid: `error` names each field ({ field: [messages] }). */
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  /** The offer belongs to another operator. */
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** Another offer of this operator has this remote_id. */
  DUPLICATE_INTERNSHIP_OFFER: 409,
  /** The offer was deleted already. */
  API_ALREADY_DESTROYED: 409,
  /**
   * Ours, beyond the contract: the offer cannot be deleted while pupils hold a seat for a week to come
   * (the site refuses the same archiving); unpublishing it (published_at: null) stops applications.
   */
  SEATS_HELD: 409,
  /** The body has no `internship_offer` object (or is not JSON). */
  BAD_PAYLOAD: 422,
  /** A value the API cannot read, such as a week not in ISO 8601 form (2026-W45). */
  BAD_ARGUMENT: 422,
  TOO_MANY_REQUESTS: 429,
  /** A bug: never returned by a domain function, only by lib/api/http.ts when a handler throws. */
  INTERNAL_ERROR: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERRORS;

/** The body of every error: the contract's code and a message, or the messages of each field. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  error: string | Record<string, string[]>;
}

export type ApiOutcome<T> = { ok: true; status: 200 | 201; body: T } | ({ ok: false } & ApiErrorBody);

/** A refused call alone: what apiError makes, assignable to every ApiOutcome. */
export type ApiFailure = { ok: false } & ApiErrorBody;

export function apiError(code: ApiErrorCode, error: ApiErrorBody['error']): ApiFailure {
  return { ok: false, code, error };
}
