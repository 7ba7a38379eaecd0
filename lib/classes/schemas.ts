import { z } from 'zod';
import { confirmField } from '@/lib/forms';
import { idField } from '@/lib/ids';

/*
 * Inputs of the class forms, shared by the client forms and the server actions. Ids from forms
 * are only well-formed here: the mutations check they belong to the actor's school.
 */

/*
 * Inputs of the school forms, shared by the client forms and the server actions. Ids from forms
 * are only well-formed here: the mutations check they belong to the actor's school.
 */

/** "3e A", "3ème 2", "3e Lumière": spaces collapsed, 40 characters at most (database check). */
const className = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Saisissez le nom de la classe, par exemple « 3e A ».')
      .max(40, 'Le nom de la classe : 40 caractères au plus.'),
  );

export const createClassSchema = z.object({ name: className });

export type CreateClassInput = z.infer<typeof createClassSchema>;

export const updateClassSchema = z.object({
  classId: idField('Classe inconnue.'),
  name: className,
  /** Absent when the form does not offer the choice (a main teacher editing their class); '' for none. */
  mainTeacherId: z
    .union([z.literal(''), idField('Choisissez le professeur principal dans la liste.')])
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
  /** Mondays 'YYYY-MM-DD', checked against the campaign's window by the mutation (rules.ts). */
  weeks: z
    .array(z.string())
    .optional()
    .transform((weeks) => weeks ?? []),
});

export type UpdateClassInput = z.infer<typeof updateClassSchema>;

export const classIdSchema = z.object({ classId: idField('Classe introuvable.') });

export const inviteLinkSchema = z.object({
  classId: idField('Classe introuvable.'),
  /** Required only to replace an existing link, which stops working at once. */
  confirm: confirmField('Cochez la case pour confirmer : l’ancien lien ne fonctionnera plus.').optional(),
});
