import { z } from 'zod';
import { parseIsoWeek, type IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import { apiError, type ApiFailure } from './types';

/*
 * The partner API's offer body (POST and PATCH /internship_offers), read in the earlier platform's
 * order: no `internship_offer` object is BAD_PAYLOAD, a week not in ISO form is BAD_ARGUMENT (it
 * refused those before validating anything), then each field's type: the fields read, and the
 * errors of the others under the contract's own field names, which the caller answers as one
 * VALIDATION_ERROR with those of the offer rules (the web form's schemas, offer-fields.ts).
 */

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} : une chaîne de caractères est attendue.` })
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`);
/** Integers may come as numbers or numeric strings, as the earlier platform accepted both. */
const count = (label: string) =>
  z.coerce
    .number({ error: `${label} : un nombre entier est attendu.` })
    .int(`${label} : un nombre entier est attendu.`);
/** "9:00", "09:00" or "9h00" as 'HH:MM', the form's format (timeField); anything else stays as sent and fails there. */
const time = z.string().transform((value) => {
  const match = /^\s*(\d{1,2})\s*[:h]\s*(\d{2})\s*$/.exec(value);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : value;
});
const url = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} : 500 caractères au plus.`)
    .pipe(z.url({ protocol: /^https?$/, error: `${label} : une adresse web (http ou https) est attendue.` }));

const PAYLOAD = z
  .object({
    title: text(1000, 'Le titre'),
    description: text(10_000, 'La description'),
    employer_name: text(200, 'Le nom de la structure').min(1, 'Indiquez le nom de la structure d’accueil.'),
    employer_description: text(275, 'La présentation de la structure').nullable(),
    employer_website: url('Le site de la structure').nullable(),
    street: text(1000, 'L’adresse'),
    zipcode: z.union([z.string(), z.number()]).transform((value) => String(value).trim()),
    city: text(1000, 'La commune'),
    remote_id: z
      .union([z.string(), z.number()])
      .transform((value) => String(value).trim())
      .pipe(
        z
          .string()
          .min(1, 'Indiquez l’identifiant de l’offre chez vous.')
          .max(200, 'remote_id : 200 caractères au plus.')
          // /internship_offers/search is the search: an offer named so could never be updated or deleted.
          .refine(
            (id) => id !== 'search',
            'remote_id : « search » est réservé à la recherche, choisissez un autre identifiant.',
          ),
      ),
    permalink: url('Le lien de l’offre'),
    /** Checked against the sectors by the mutations (knownSectorId). */
    sector_uuid: z.string({ error: 'Indiquez le secteur (sector_uuid, GET /sectors).' }).trim(),
    max_candidates: count('max_candidates'),
    max_students_per_group: count('max_students_per_group'),
    is_public: z.boolean({ error: 'is_public : true ou false est attendu.' }),
    /** Our extension: a public host's supervising ministry (Annex 2), needed to create one. */
    ministry_id: z.string().trim().refine(isUuid, 'Ministère inconnu.').nullable(),
    coordinates: z
      .object(
        {
          latitude: z.coerce.number().min(-90).max(90),
          longitude: z.coerce.number().min(-180).max(180),
        },
        { error: 'Les coordonnées : { latitude, longitude } sont attendues.' },
      )
      .nullable(),
    daily_hours: z
      .record(z.string(), z.union([z.array(time), z.null()]), {
        error: 'Les horaires : { lundi: ["9:00", "16:00"], … } sont attendus.',
      })
      .nullable(),
    lunch_break: z.union([z.string(), z.number()]).nullable(),
    /** PATCH only: null unpublishes the offer, a date publishes it again. */
    published_at: z.string().nullable(),
  })
  .partial();

type RawPayload = z.infer<typeof PAYLOAD>;
export type ApiOfferPayload = Omit<RawPayload, 'weeks'> & { weeks?: IsoDate[] };

/** Fields the contract requires on creation beyond those the form's schemas require anyway (title, address…). */
const REQUIRED_ON_CREATE = {
  employer_name: 'Indiquez le nom de la structure d’accueil.',
  remote_id: 'Indiquez l’identifiant de l’offre chez vous.',
  permalink: 'Indiquez le lien de l’offre sur votre site.',
  sector_uuid: 'Indiquez le secteur (sector_uuid, GET /sectors).',
} as const;

/** The contract names a field's errors after the model, not the parameter: sector_uuid is "sector". */
export const errorKey = (field: string) => (field === 'sector_uuid' ? 'sector' : field);

export function readOfferPayload(
  body: unknown,
  mode: 'create' | 'update',
): { ok: true; payload: ApiOfferPayload; errors: Record<string, string[]> } | ApiFailure {
  const root = (body as { internship_offer?: unknown } | null)?.internship_offer;
  if (typeof root !== 'object' || root === null || Array.isArray(root) || Object.keys(root).length === 0)
    return apiError('BAD_PAYLOAD', 'param is missing or the value is empty: internship_offer');
  // The path names the offer on PATCH: a remote_id in the body is ignored, as the earlier platform did.
  const { weeks: rawWeeks, ...fields } = root as Record<string, unknown>;
  if (mode === 'update') delete fields.remote_id;

  let weeks: IsoDate[] | undefined;
  if (rawWeeks !== undefined && rawWeeks !== null) {
    const list = Array.isArray(rawWeeks) ? rawWeeks : [rawWeeks];
    weeks = [];
    for (const value of list) {
      const monday = typeof value === 'string' ? parseIsoWeek(value.trim()) : null;
      if (!monday) return apiError('BAD_ARGUMENT', `bad week format: ${String(value)}, expecting ISO 8601 format`);
      weeks.push(monday);
    }
  }

  // Field by field, so that a field of the wrong type leaves the others to be checked by the form's rules.
  const errors: Record<string, string[]> = {};
  const payload: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(PAYLOAD.shape)) {
    if (!(field in fields)) continue;
    const parsed = schema.safeParse(fields[field]);
    if (parsed.success) payload[field] = parsed.data;
    else errors[errorKey(field)] = parsed.error.issues.map((issue) => issue.message);
  }
  if (mode === 'create')
    for (const [field, message] of Object.entries(REQUIRED_ON_CREATE))
      if (fields[field] === undefined || fields[field] === null || fields[field] === '')
        errors[errorKey(field)] = [message];
  return { ok: true, payload: { ...(payload as RawPayload), ...(weeks && { weeks }) }, errors };
}

/** The fields the API keeps as the partner sent them (offer-payload.ts checks them), as columns. */
export const sentAsIs = (payload: ApiOfferPayload) => ({
  ...(payload.permalink !== undefined && { permalink: payload.permalink }),
  ...(payload.employer_website !== undefined && { employerWebsite: payload.employer_website }),
  ...(payload.employer_description !== undefined && { employerDescription: payload.employer_description }),
});
