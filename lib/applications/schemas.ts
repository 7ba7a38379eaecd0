import { z } from 'zod';
import { isIsoDate, isMonday, type IsoDate } from '@/lib/calendar/weeks';
import { idField } from '@/lib/ids';

/* The pupil's CV and applications, and the host's answers: the same schemas on client and server. */

const id = idField('Identifiant invalide.');

export const CV_FIELD_MAX = 1000;
const cvText = z
  .string()
  .trim()
  .max(CV_FIELD_MAX, { error: `${CV_FIELD_MAX} caractères au plus : fais plus court.` });

export const cvSchema = z.object({
  subjects: cvText,
  activities: cvText,
  languages: cvText,
  hopes: cvText,
  availability: cvText,
});
export type CvInput = z.infer<typeof cvSchema>;

export const MOTIVATION_MIN = 50;
export const MOTIVATION_MAX = 5000;

export const applySchema = z.object({
  offerId: id,
  week: z
    .string({ error: 'Choisis une semaine de stage.' })
    .refine((value) => isIsoDate(value) && isMonday(value), { error: 'Choisis une semaine de stage.' })
    .transform((value) => value as IsoDate),
  motivation: z
    .string()
    .trim()
    .min(MOTIVATION_MIN, {
      error: `Ta lettre de motivation doit faire au moins ${MOTIVATION_MIN} caractères : dis en quelques phrases pourquoi ce stage t’intéresse.`,
    })
    .max(MOTIVATION_MAX, { error: `${MOTIVATION_MAX} caractères au plus : fais plus court.` }),
});
export type ApplyInput = z.infer<typeof applySchema>;

export const applicationIdSchema = z.object({ applicationId: id });

const reason = (message: string) =>
  z.string({ error: message }).trim().min(5, { error: message }).max(1000, { error: '1 000 caractères au plus.' });

/** The host refuses: a reason from the list, or their own words when « Autre » is chosen. */
export const refuseSchema = z
  .object({
    applicationId: id,
    reason: z.string({ error: 'Choisissez un motif de refus.' }).min(1, { error: 'Choisissez un motif de refus.' }),
    otherReason: z.string().trim().max(1000, { error: '1 000 caractères au plus.' }).optional(),
  })
  .transform(({ applicationId, reason: chosen, otherReason }) => ({
    applicationId,
    reason: chosen === 'other' ? (otherReason ?? '') : chosen,
  }))
  .pipe(
    z.object({
      applicationId: id,
      reason: reason('Écrivez le motif du refus : l’élève le lira.'),
    }),
  );

/** The host cancels an accepted or confirmed application: the pupil reads the message. */
export const hostCancelSchema = z.object({
  applicationId: id,
  reason: reason('Écrivez à l’élève pourquoi vous annulez : il lira ce message.'),
});

/** The pupil withdraws an application, or cancels a confirmed internship (a reason is then required). */
export const pupilCancelSchema = z.object({
  applicationId: id,
  reason: z.string().trim().max(1000, { error: '1 000 caractères au plus.' }).optional(),
});
