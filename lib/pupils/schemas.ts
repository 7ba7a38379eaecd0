import { z } from 'zod';
import { confirmField } from '@/lib/forms';
import { idField } from '@/lib/ids';
import { gender } from '@/db/schema/enums';

export const SCHOOL_NOT_REGISTERED_MESSAGE =
  'Ton collège n’est pas encore inscrit sur la plateforme : ton chef d’établissement doit d’abord l’inscrire. Parles-en à ton professeur principal.';

// The rules of lib/users/schemas.ts (80-character names, 12 to 128-character passwords), with
// messages that speak to a pupil as the rest of their pages do.
const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Écris ${what}.`)
    .max(80, `${what[0]!.toUpperCase()}${what.slice(1)} : 80 caractères au plus.`);

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Écris ton adresse électronique.')
  .max(254, 'Cette adresse est trop longue.')
  .pipe(z.email('Cette adresse n’est pas valide. Exemple : prenom.nom@exemple.fr'));

const password = z
  .string()
  .min(12, 'Ton mot de passe doit avoir au moins 12 caractères.')
  .max(128, 'Ton mot de passe doit avoir 128 caractères au plus.');

export const PUPIL_PASSWORD_HINT =
  'Au moins 12 caractères. Une petite phrase de plusieurs mots est facile à retenir et difficile à deviner.';

export const pupilSignUpSchema = z.object({
  schoolId: idField('Choisis d’abord ton collège.'),
  classId: idField('Choisis ta classe.'),
  /** The class invite link's token, when the pupil came through it. */
  token: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
  firstName: name('ton prénom'),
  lastName: name('ton nom'),
  gender: z.enum(gender.enumValues, { error: 'Choisis une réponse (tu peux choisir « Je ne souhaite pas le dire »).' }),
  email,
  password,
});

export type PupilSignUpInput = z.infer<typeof pupilSignUpSchema>;

export const recordConsentSchema = z.object({
  classId: idField('Classe introuvable.'),
  pupilIds: z
    .array(idField('Élève introuvable.'), { error: 'Cochez au moins un élève.' })
    .min(1, 'Cochez au moins un élève.'),
});

export const withdrawConsentSchema = z.object({
  classId: idField('Classe introuvable.'),
  pupilId: idField('Choisissez l’élève.'),
  confirm: confirmField('Cochez la case pour confirmer le retrait.'),
});
