import { z } from 'zod';
import { idField, isUuid } from '@/lib/ids';
import { confirmField } from '@/lib/forms';
import { organisationKind } from '@/db/schema/enums';
import { normaliseSiret, siretError } from '@/lib/geo/siret';
import { accountFields, emailField } from '@/lib/users/schemas';

/** An optional select or text field: '' means nothing given. */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);

/**
 * Host sign-up. The checks of host_organisations (a public body has a supervising ministry, only
 * companies belong to a PAQTE group) are enforced here so valid input never reaches a failing
 * constraint: a ministry or group left over from another kind is dropped, not stored.
 */
export const hostSignUpSchema = z
  .object({
    kind: z.enum(organisationKind.enumValues, { error: 'Choisissez le type de votre structure.' }),
    organisationName: z
      .string()
      .trim()
      .min(1, 'Saisissez le nom de votre structure.')
      .max(200, 'Le nom est limité à 200 caractères.'),
    ministryId: optional(64),
    paqteGroupId: optional(64),
    siret: optional(40),
    commune: optional(100),
    postcode: optional(10),
    ...accountFields,
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'public' && !value.ministryId)
      ctx.addIssue({
        code: 'custom',
        path: ['ministryId'],
        message: 'Choisissez le ministère de tutelle de votre administration.',
      });
    if (value.kind === 'public' && value.ministryId && !isUuid(value.ministryId))
      ctx.addIssue({ code: 'custom', path: ['ministryId'], message: 'Choisissez un ministère de la liste.' });
    if (value.kind === 'private' && value.paqteGroupId && !isUuid(value.paqteGroupId))
      ctx.addIssue({
        code: 'custom',
        path: ['paqteGroupId'],
        message: 'Choisissez un groupe de la liste, ou « Aucun ».',
      });
    const siret = value.siret && siretError(value.siret);
    if (siret) ctx.addIssue({ code: 'custom', path: ['siret'], message: siret });
    if (value.postcode && !/^[0-9]{5}$/.test(value.postcode))
      ctx.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: 'Le code postal comporte 5 chiffres, par exemple 93200.',
      });
  })
  .transform(({ kind, ministryId, paqteGroupId, siret, ...rest }) => ({
    ...rest,
    kind,
    ministryId: kind === 'public' ? ministryId : null,
    paqteGroupId: kind === 'private' ? paqteGroupId : null,
    siret: siret ? normaliseSiret(siret) : null,
  }));

export type HostSignUpInput = z.output<typeof hostSignUpSchema>;

export const inviteColleagueSchema = z.object({
  organisationId: idField('Structure introuvable.'),
  email: emailField,
});

export const removeColleagueSchema = z.object({
  organisationId: idField('Structure introuvable.'),
  userId: idField('Membre introuvable.'),
  confirm: confirmField('Cochez la case pour confirmer.'),
});
