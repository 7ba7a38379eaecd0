import type { IsoDate } from '@/lib/calendar/weeks';
import type { Geocoder } from '@/lib/geo/geocoder';
import { addErrors } from './offer-fields';
import { apiError, type ApiFailure } from './types';

/* What the partner API's writes share: their options, and how a refusal leaves a transaction. */

export interface ApiCallOptions {
  today?: IsoDate;
  now?: Date;
  geocoder?: Geocoder;
}

/** A refusal found inside a transaction: thrown to roll it back, turned into the answer outside. */
export class ApiRefusal extends Error {
  constructor(readonly outcome: ApiFailure) {
    super(outcome.code);
  }
}

/** A refusal of the site's functions (their field errors under the contract's names). */
export function refusalOf(result: { message: string; fieldErrors?: Record<string, string[]> }): ApiFailure {
  const errors: Record<string, string[]> = {};
  addErrors(errors, result.fieldErrors ?? { internship_offer: [result.message] });
  return apiError('VALIDATION_ERROR', errors);
}
