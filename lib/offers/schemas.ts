import { z } from 'zod';
import { idField } from '@/lib/ids';
import { checkCampaignWeeks } from '@/lib/calendar/campaign-weeks';
import type { IsoDate } from '@/lib/calendar/weeks';
import { hoursRefusal, seatsRefusal, SEATS_PER_WEEK_MAX, SEATS_PER_YEAR_MAX } from './rules';

/*
 * The offer form's steps, one zod schema each, used by react-hook-form in the browser and by the
 * server actions (the server parses again: the browser's check is a convenience). A draft is saved
 * step by step; publication needs every step complete (see publicationGaps in lifecycle-rules.ts).
 */

export const OFFER_STEPS = ['structure', 'contenu', 'lieu', 'semaines', 'pratique', 'reservation'] as const;
export type OfferStep = (typeof OFFER_STEPS)[number];

export const OFFER_STEP_LABELS: Record<OfferStep, string> = {
  structure: 'Structure et tuteur',
  contenu: 'Contenu du stage',
  lieu: 'Lieu',
  semaines: 'Semaines et places',
  pratique: 'Informations pratiques',
  reservation: 'Réservation à des collèges',
};

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);
const required = (max: number, missing: string, tooLong: string) => text(max, tooLong).min(1, missing);
/** Checkboxes bound by react-hook-form give an array, a lone checked value, or false when none is checked. */
const stringList = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []),
  z.array(z.string()),
);

/** '' for an optional field left empty; the mutations store null. */
const optional = (schema: z.ZodType<string>) => z.union([z.literal(''), schema]);

export const structureSchema = z.object({
  /** Operators choose among the organisations they support; hosts post for their own (ignored). */
  organisationId: optional(idField('Choisissez la structure d’accueil dans la liste.')),
  tutorName: required(
    120,
    'Indiquez le nom du tuteur qui accueillera l’élève.',
    'Le nom du tuteur : 120 caractères au plus.',
  ),
  tutorRole: text(120, 'La fonction du tuteur : 120 caractères au plus.'),
  tutorEmail: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.')),
  tutorPhone: optional(
    z
      .string()
      .trim()
      .regex(
        /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/,
        'Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89.',
      ),
  ),
});

export const contentSchema = z.object({
  title: required(150, 'Donnez un titre à votre offre.', 'Le titre ne doit pas dépasser 150 caractères.'),
  description: required(
    5000,
    'Décrivez ce que l’élève observera pendant la semaine.',
    'La description ne doit pas dépasser 5 000 caractères.',
  ),
  jobsDiscovered: required(
    2000,
    'Citez les métiers que l’élève découvrira.',
    'Les métiers découverts : 2 000 caractères au plus.',
  ),
  sectorId: idField('Choisissez le secteur d’activité dans la liste.'),
});

/** A coordinate from the address suggestions or the map pin; '' when neither was used. */
const coordinate = (min: number, max: number) =>
  z.union([
    z.literal(''),
    z.coerce
      .number()
      .min(min, 'Placez le lieu du stage sur la carte.')
      .max(max, 'Placez le lieu du stage sur la carte.'),
  ]);

export const placeSchema = z.object({
  street: required(200, 'Indiquez l’adresse du lieu de stage.', 'L’adresse : 200 caractères au plus.'),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'Le code postal compte 5 chiffres, par exemple 93200.'),
  commune: required(100, 'Indiquez la commune.', 'La commune : 100 caractères au plus.'),
  lat: coordinate(-90, 90),
  lng: coordinate(-180, 180),
});

export interface WeeksContext {
  schoolYear: number;
  today: IsoDate;
  /** The offer's weeks already recorded: past ones stay as they are. */
  recorded: readonly IsoDate[];
}

const seats = (max: number, label: string) =>
  z.coerce
    .number({ message: `Indiquez ${label} en chiffres.` })
    .int(`Indiquez ${label} en nombre entier.`)
    .min(1, `Il faut au moins une place ${label === 'les places par semaine' ? 'par semaine' : 'sur l’année'}.`)
    .max(max, `${label === 'les places par semaine' ? 'Places par semaine' : 'Places sur l’année'} : ${max} au plus.`);

/** Weeks of the offer's campaign (mid-October to end of April, none past) and seats. */
export function weeksSchema(context: WeeksContext) {
  return z
    .object({
      weeks: stringList.pipe(z.array(z.string()).min(1, 'Choisissez au moins une semaine.')),
      seatsPerWeek: seats(SEATS_PER_WEEK_MAX, 'les places par semaine'),
      seatsPerYear: seats(SEATS_PER_YEAR_MAX, 'les places sur l’année'),
    })
    .transform((input, ctx) => {
      const weeks = checkCampaignWeeks(input.weeks, context);
      if (!weeks.ok) {
        ctx.addIssue({ code: 'custom', path: ['weeks'], message: weeks.message });
        return z.NEVER;
      }
      const refusal = seatsRefusal({ ...input, weekCount: weeks.weeks.length });
      if (refusal) {
        ctx.addIssue({ code: 'custom', path: [refusal.field], message: refusal.message });
        return z.NEVER;
      }
      return { ...input, weeks: weeks.weeks };
    });
}

/** A time of day, 'HH:MM' (also the convention's daily hours, lib/agreements/schemas.ts). */
export const timeField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Indiquez une heure, par exemple 09:00.');
export const lunchBreakField = z.coerce
  .number({ message: 'Indiquez la pause déjeuner en minutes.' })
  .int('Indiquez la pause déjeuner en minutes.')
  .min(0, 'La pause déjeuner ne peut pas être négative.')
  .max(180, 'La pause déjeuner : 3 heures au plus.');
export const lunchField = z.enum(['canteen_invitation', 'reduced_rate', 'none'], {
  message: 'Indiquez comment l’élève déjeunera.',
});

export const practicalSchema = z
  .object({
    dailyStart: timeField,
    dailyEnd: timeField,
    lunchBreakMinutes: lunchBreakField,
    lunch: lunchField,
    accessibleToDisabled: z.boolean(),
    accessibilityDetails: text(1000, 'Les précisions sur l’accessibilité : 1 000 caractères au plus.'),
  })
  .superRefine((input, ctx) => {
    const refusal = hoursRefusal(input);
    if (refusal) ctx.addIssue({ code: 'custom', path: ['dailyEnd'], message: refusal });
  });

export const reservationSchema = z
  .object({
    reserved: z.boolean(),
    schoolIds: z
      .array(idField('Choisissez les collèges dans l’annuaire.'))
      .max(50, 'Réservez l’offre à 50 collèges au plus.'),
  })
  .superRefine((input, ctx) => {
    if (input.reserved && input.schoolIds.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['schoolIds'],
        message: 'Choisissez au moins un collège, ou ne réservez pas l’offre.',
      });
  });

export type StructureInput = z.infer<typeof structureSchema>;
export type ContentInput = z.infer<typeof contentSchema>;
export type PlaceInput = z.infer<typeof placeSchema>;
export type WeeksInput = z.infer<ReturnType<typeof weeksSchema>>;
export type PracticalInput = z.infer<typeof practicalSchema>;
export type ReservationInput = z.infer<typeof reservationSchema>;

const offerId = idField('Offre introuvable.');

/** Publish, unpublish, archive; archiving is confirmed by ticking a box (checked on the server too). */
export const offerStatusSchema = z
  .object({ offerId, transition: z.enum(['publish', 'unpublish', 'archive']), confirm: z.literal('on').optional() })
  .superRefine((input, ctx) => {
    if (input.transition === 'archive' && !input.confirm)
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'Cochez la case pour confirmer l’archivage.' });
  });

export const copyOfferSchema = z.object({ offerId, mode: z.enum(['duplicate', 'renew']) });
