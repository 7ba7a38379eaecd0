import { z } from 'zod';
import { confirmField } from '@/lib/forms';
import { idField } from '@/lib/ids';
import { lunchBreakField, lunchField, timeField } from '@/lib/offers/schemas';
import { DAY_NAMES, scheduleRefusal, WORKING_DAYS } from './rules';

/*
 * The convention's forms, the same in the browser and on the server: the host's part, the school's
 * part and the school's standard terms. A part may be saved incomplete (each side fills it in
 * several goes): the fields are checked as typed, and what is still missing is shown
 * (missingHostFields, missingSchoolFields) rather than refused; the 7-hour limit always refuses.
 */

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);
const email = (message: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, message)
    .refine((value) => value === '' || z.email().safeParse(value).success, message);

const day = z.object({
  day: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
    message: 'Choisissez un jour du lundi au vendredi.',
  }),
  start: timeField,
  end: timeField,
  lunchBreakMinutes: lunchBreakField,
});

const name = (what: string) => text(120, `${what} : 120 caractères au plus.`);

export const hostPartSchema = z
  .object({
    representative: z.object({
      name: name('Le nom du représentant'),
      role: name('La fonction du représentant'),
    }),
    tutor: z.object({
      name: name('Le nom du tuteur'),
      role: name('La fonction du tuteur'),
      email: email('Indiquez un courriel valide pour le tuteur, par exemple prenom.nom@exemple.fr.'),
      phone: text(30, 'Le téléphone du tuteur : 30 caractères au plus.'),
    }),
    activities: text(3000, 'Les activités prévues : 3 000 caractères au plus.'),
    schedule: z.array(day).max(WORKING_DAYS, 'Cinq jours de présence au plus, du lundi au vendredi.'),
    lunch: z.object({
      arrangement: lunchField,
      details: text(500, 'Les précisions sur le déjeuner : 500 caractères au plus.'),
    }),
    insurance: z.object({
      insurer: name('Le nom de l’assureur'),
      policyNumber: text(60, 'Le numéro de contrat : 60 caractères au plus.'),
    }),
  })
  .superRefine((input, ctx) => {
    // Days left empty are days without presence: only an hour given breaks Annex 3.
    if (!input.schedule.length) return;
    const refusal = scheduleRefusal(input.schedule);
    if (!refusal) return;
    const index = input.schedule.findIndex((d) => refusal.startsWith(DAY_NAMES[d.day - 1]!));
    ctx.addIssue({ code: 'custom', path: index < 0 ? ['schedule'] : ['schedule', index, 'end'], message: refusal });
  });
export type HostPartInput = z.infer<typeof hostPartSchema>;

const legalRepresentative = z.object({
  fullName: text(120, 'Le nom du représentant légal : 120 caractères au plus.').min(
    1,
    'Indiquez le prénom et le nom du représentant légal.',
  ),
  email: email('Indiquez un courriel valide pour le représentant légal : il y recevra le lien pour signer.').refine(
    (value) => value !== '',
    'Indiquez le courriel du représentant légal : il y recevra le lien pour signer.',
  ),
});

export const schoolPartSchema = z.object({
  /** The head or the staff member the head delegates (a member of the school, checked by the mutation). */
  signatoryUserId: idField('Choisissez qui signe pour le collège dans la liste.'),
  referringTeacherName: text(120, 'Le nom du professeur référent : 120 caractères au plus.'),
  referringTeacherEmail: email('Indiquez un courriel valide pour le professeur référent.'),
  legalRepresentatives: z
    .array(legalRepresentative)
    .max(2, 'Deux représentants légaux au plus.')
    .refine(
      (reps) => new Set(reps.map((rep) => rep.email)).size === reps.length,
      'Chaque représentant légal signe avec son propre courriel.',
    ),
});
export type SchoolPartInput = z.infer<typeof schoolPartSchema>;

export const schoolTermsSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'Écrivez les conditions générales du collège.')
    .max(20000, 'Les conditions générales : 20 000 caractères au plus.'),
});
export type SchoolTermsInput = z.infer<typeof schoolTermsSchema>;

const fingerprintField = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Rechargez la page de la convention, puis signez de nouveau.');

/** Who is signing: a convention of an account's space, or a legal representative's link. */
export const signatureTargetSchema = z.union([
  z.object({ agreementId: idField('Convention introuvable.') }),
  z.object({ token: z.string().min(20).max(100) }),
]);

/** The signature form: the typed full name, the e-mailed code, the text read, and « j'ai lu ». */
export const signatureSchema = z.object({
  fullName: z
    .string()
    .trim()
    .min(1, 'Tapez votre prénom et votre nom.')
    .max(120, 'Votre nom : 120 caractères au plus.'),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Tapez les 6 chiffres du code reçu par courriel.'),
  fingerprint: fingerprintField,
  confirm: confirmField('Cochez la case pour confirmer que vous avez lu la convention et l’acceptez.'),
});

/** The head's batch: the conventions ticked, each with the fingerprint of the text listed. */
export const batchSignatureSchema = z.object({
  fullName: signatureSchema.shape.fullName,
  code: signatureSchema.shape.code,
  confirm: confirmField('Cochez la case pour confirmer que vous avez lu les conventions cochées et les acceptez.'),
  items: z.array(z.string().regex(/^[0-9a-f-]{36}:[0-9a-f]{64}$/)).min(1, 'Cochez au moins une convention à signer.'),
});
export const batchCodeSchema = z.object({
  items: batchSignatureSchema.shape.items,
});
