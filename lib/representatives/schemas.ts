import { z } from 'zod';
import { scopeLevel } from '@/db/schema/enums';
import { accountFields } from '@/lib/users/schemas';
import { idField } from '@/lib/ids';

/** An optional select: '' (the placeholder) means nothing chosen. */
const optionalCode = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => value || null);

/** Which territory field the form shows for each level, and the message when it is left empty. */
export const TERRITORY_FIELD = {
  region: { field: 'regionCode', message: 'Choisissez votre région.' },
  academy: { field: 'academyCode', message: 'Choisissez votre académie.' },
  department: { field: 'departmentCode', message: 'Choisissez votre département.' },
  ministry: { field: 'ministryId', message: 'Choisissez votre ministère.' },
} as const;

/**
 * State representative sign-up: a scope level, then the territory (or ministry) of that level
 * only, so the row always satisfies state_representatives_scope.
 */
export const representativeSignUpSchema = z
  .object({
    level: z.enum(scopeLevel.enumValues, { error: 'Choisissez le niveau de votre mission.' }),
    regionCode: optionalCode,
    academyCode: optionalCode,
    departmentCode: optionalCode,
    ministryId: optionalCode,
    ...accountFields,
  })
  .superRefine((value, ctx) => {
    if (value.level === 'national') return;
    const { field, message } = TERRITORY_FIELD[value.level];
    if (!value[field]) ctx.addIssue({ code: 'custom', path: [field], message });
  })
  .transform(({ level, regionCode, academyCode, departmentCode, ministryId, ...account }) => ({
    ...account,
    level,
    territoryCode:
      level === 'region'
        ? regionCode
        : level === 'academy'
          ? academyCode
          : level === 'department'
            ? departmentCode
            : null,
    ministryId: level === 'ministry' ? ministryId : null,
  }));

export type RepresentativeSignUpInput = z.output<typeof representativeSignUpSchema>;

export const representativeIdSchema = z.object({ userId: idField('Compte introuvable.') });
