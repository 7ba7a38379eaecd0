import type { z } from 'zod';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import { currentOrUpcomingSchoolYear, schoolYearOfWeek } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { parseValues } from '@/lib/forms';
import { contentSchema, placeSchema, practicalSchema, weeksSchema } from '@/lib/offers/schemas';
import type { ApiOfferPayload } from './offer-payload';

/*
 * An API offer as the web form's steps see it: the contract's fields mapped onto the form's
 * (max_candidates -> seats per year, max_students_per_group -> seats per week, weeks -> the
 * offer's weeks, daily_hours -> the daily window), then checked by the form's own zod schemas
 * (lib/offers/schemas.ts), so the API cannot publish what the form would refuse. Their messages
 * come back under the contract's field names.
 */

export interface OfferFields {
  title: string;
  description: string;
  street: string;
  postcode: string;
  commune: string;
  lat: number | '';
  lng: number | '';
  weeks: IsoDate[];
  seatsPerWeek: number;
  seatsPerYear: number;
  dailyStart: string;
  dailyEnd: string;
  lunchBreakMinutes: number;
}

/**
 * What a creation leaves out gets the earlier platform's defaults: every week still to come of the
 * campaign, one pupil at a time and one a year, and a school day (9:00 to 16:00, an hour for lunch:
 * 6 hours, within Annex 3's 7) since our offers need hours to be published; the host states the
 * real ones in the convention.
 */
export function creationDefaults(today: IsoDate): OfferFields {
  return {
    title: '',
    description: '',
    street: '',
    postcode: '',
    commune: '',
    lat: '',
    lng: '',
    weeks: selectableWeeks(currentOrUpcomingSchoolYear(today), today),
    seatsPerWeek: 1,
    seatsPerYear: 1,
    dailyStart: '09:00',
    dailyEnd: '16:00',
    lunchBreakMinutes: 60,
  };
}

/** The form's field -> the contract's, for error messages. */
const CONTRACT_FIELDS: Record<string, string> = {
  postcode: 'zipcode',
  commune: 'city',
  lat: 'coordinates',
  lng: 'coordinates',
  seatsPerWeek: 'max_students_per_group',
  seatsPerYear: 'max_candidates',
  dailyStart: 'daily_hours',
  dailyEnd: 'daily_hours',
  lunchBreakMinutes: 'lunch_break',
  sectorId: 'sector',
};
export const contractField = (field: string) => CONTRACT_FIELDS[field] ?? field;

/** Adds field errors of the form under the contract's names (one message once per field). */
export function addErrors(errors: Record<string, string[]>, fieldErrors: Record<string, string[]>): void {
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const list = (errors[contractField(field)] ??= []);
    for (const message of messages) if (!list.includes(message)) list.push(message);
  }
}

/** The payload's values over `base` (the offer as it is, or the defaults), or the errors of the two it cannot read. */
export function mergeFields(
  base: OfferFields,
  payload: ApiOfferPayload,
): { ok: true; fields: OfferFields } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const fields: OfferFields = {
    ...base,
    ...(payload.title !== undefined && { title: payload.title }),
    ...(payload.description !== undefined && { description: payload.description }),
    ...(payload.street !== undefined && { street: payload.street }),
    ...(payload.zipcode !== undefined && { postcode: payload.zipcode }),
    ...(payload.city !== undefined && { commune: payload.city }),
    ...(payload.weeks !== undefined && { weeks: payload.weeks }),
    ...(payload.max_candidates !== undefined && { seatsPerYear: payload.max_candidates }),
    ...(payload.max_students_per_group !== undefined && { seatsPerWeek: payload.max_students_per_group }),
  };
  // New coordinates, or a new address without them: the address is placed again (geocoded).
  if (payload.coordinates)
    Object.assign(fields, { lat: payload.coordinates.latitude, lng: payload.coordinates.longitude });
  else if (
    payload.coordinates === null ||
    payload.street !== undefined ||
    payload.zipcode !== undefined ||
    payload.city !== undefined
  )
    Object.assign(fields, { lat: '', lng: '' });
  if (payload.daily_hours) {
    const days = Object.values(payload.daily_hours).filter((day): day is string[] => !!day && day.length > 0);
    if (days.some((day) => day.length !== 2))
      errors.daily_hours = ['Chaque jour : une heure d’arrivée et une heure de départ, par exemple ["9:00", "16:00"].'];
    else if (days.length) {
      // Our offers have one daily window: the earliest arrival and the latest departure of the week.
      fields.dailyStart = days.map((day) => day[0]!).sort()[0]!;
      fields.dailyEnd = days
        .map((day) => day[1]!)
        .sort()
        .at(-1)!;
    }
  }
  if (payload.lunch_break !== undefined && payload.lunch_break !== null) {
    const minutes = lunchMinutes(payload.lunch_break);
    if (minutes === null) errors.lunch_break = ['La pause déjeuner : en minutes (60) ou en horaires (12h-13h).'];
    else fields.lunchBreakMinutes = minutes;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, fields };
}

/** "12h-14h", "12:00-13:30" (the contract's free text) or a number of minutes, as minutes. */
function lunchMinutes(value: string | number): number | null {
  if (typeof value === 'number' || /^\s*\d+\s*$/.test(value)) return Number(value);
  const match = /^\s*(\d{1,2})\s*[h:]\s*(\d{2})?\s*-\s*(\d{1,2})\s*[h:]\s*(\d{2})?\s*$/.exec(value);
  if (!match) return null;
  const [, h1, m1 = '0', h2, m2 = '0'] = match;
  return Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1));
}

/** The school year the offer's weeks belong to (that of the first), else the campaign now open. */
export function schoolYearOfWeeks(weeks: readonly IsoDate[], today: IsoDate): number {
  const first = [...weeks].sort()[0];
  return (first ? schoolYearOfWeek(first) : null) ?? currentOrUpcomingSchoolYear(today);
}

const apiContent = contentSchema.pick({ title: true, description: true });
export type CheckedFields = z.infer<typeof apiContent> &
  z.infer<typeof placeSchema> & { weeks: IsoDate[]; seatsPerWeek: number; seatsPerYear: number } & Pick<
    OfferFields,
    'dailyStart' | 'dailyEnd' | 'lunchBreakMinutes'
  >;

/** Every step's schema on the merged offer: the values as the form would save them, or every error at once. */
export function checkFields(
  fields: OfferFields,
  context: { schoolYear: number; today: IsoDate; recorded: readonly IsoDate[] },
): { ok: true; values: CheckedFields } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const content = parseValues(apiContent, fields);
  const place = parseValues(placeSchema, fields);
  const weeks = parseValues(weeksSchema(context), fields);
  const practical = parseValues(practicalSchema, {
    ...fields,
    lunch: 'none',
    accessibleToDisabled: false,
    accessibilityDetails: '',
  });
  for (const result of [content, place, weeks, practical]) if (!result.ok) addErrors(errors, result.fieldErrors);
  if (!content.ok || !place.ok || !weeks.ok || !practical.ok) return { ok: false, errors };
  const { dailyStart, dailyEnd, lunchBreakMinutes } = practical.data;
  return {
    ok: true,
    values: { ...content.data, ...place.data, ...weeks.data, dailyStart, dailyEnd, lunchBreakMinutes },
  };
}
