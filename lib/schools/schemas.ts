import { z } from 'zod';
import { idField } from '@/lib/ids';
import { accountFields } from '@/lib/users/schemas';

/** A single checkbox sent as `name[]` by CheckboxGroup: checked when the array is not empty. */
const checked = z
  .array(z.string())
  .optional()
  .transform((values) => (values?.length ?? 0) > 0);

export const registerSchoolSchema = z.object({
  schoolId: idField('Choisissez votre collège dans l’annuaire.'),
  ...accountFields,
  /** The head confirmed using an address outside their académie's domain (see registerSchool). */
  otherDomain: checked,
});

export type RegisterSchoolInput = z.infer<typeof registerSchoolSchema>;
