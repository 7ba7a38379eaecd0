import { z } from 'zod';
import { idField } from '@/lib/ids';
import { accountFields } from '@/lib/users/schemas';
import { SEARCH_RADIUS_MAX_KM, SEARCH_RADIUS_MIN_KM } from './search-settings-rules';

/** A single checkbox sent as `name[]` by CheckboxGroup: checked when the array is not empty. */
const checked = z
  .array(z.string())
  .optional()
  .transform((values) => (values?.length ?? 0) > 0);

export const HEAD_REQUEST_MESSAGE_MAX = 2000;

/**
 * Head sign-up. The address must be the school's functional one (checked by registerSchool, which
 * knows the school), unless the head ticks "no access to that mailbox" and explains why to the
 * national team.
 */
export const registerSchoolSchema = z
  .object({
    schoolId: idField('Choisissez votre collège dans l’annuaire.'),
    ...accountFields,
    noMailboxAccess: checked,
    message: z
      .string()
      .trim()
      .max(HEAD_REQUEST_MESSAGE_MAX, `Votre message : ${HEAD_REQUEST_MESSAGE_MAX} caractères au plus.`)
      .optional()
      .transform((value) => value ?? ''),
  })
  .refine((input) => !input.noMailboxAccess || input.message.length >= 10, {
    path: ['message'],
    message:
      'Expliquez à l’équipe nationale pourquoi vous n’avez pas accès à l’adresse fonctionnelle et comment vérifier que vous dirigez ce collège.',
  });

export type RegisterSchoolInput = z.infer<typeof registerSchoolSchema>;

const RADIUS_MESSAGE = `Choisissez un rayon entre ${SEARCH_RADIUS_MIN_KM} et ${SEARCH_RADIUS_MAX_KM} km.`;

/** The pupils' search radius chosen by the head (search-settings-rules.ts offers the usual values). */
export const searchRadiusSchema = z.object({
  radiusKm: z.coerce
    .number({ error: RADIUS_MESSAGE })
    .int({ error: RADIUS_MESSAGE })
    .min(SEARCH_RADIUS_MIN_KM, { error: RADIUS_MESSAGE })
    .max(SEARCH_RADIUS_MAX_KM, { error: RADIUS_MESSAGE }),
});

export type SearchRadiusInput = z.infer<typeof searchRadiusSchema>;
