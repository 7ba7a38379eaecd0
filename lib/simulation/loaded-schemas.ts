import { z } from 'zod';
import { confirmed } from '@/lib/admin/schemas';
import { idField } from '@/lib/ids';

/* Inputs of /admin/simulations: loading a result file under a name, deleting a loaded simulation. */

/**
 * The largest result file accepted. A national result (about a hundred departments, two scenarios,
 * six figures each) weighs some 60 KB, whatever the scale; 512 KB leaves room for it to grow and
 * stays under the 1 MB body that Next.js accepts for a server action, so a file too large always
 * gets this message rather than the framework's error.
 */
export const MAX_RESULT_BYTES = 512 * 1024;
export const TOO_LARGE =
  'Ce fichier dépasse 512 Ko : ce n’est pas un résultat de simulation (un résultat national pèse environ 60 Ko).';
export const MAX_LABEL = 120;

export const loadSimulationSchema = z.object({
  label: z
    .string({ error: 'Donnez un nom à cette simulation.' })
    .trim()
    .min(1, 'Donnez un nom à cette simulation.')
    .max(MAX_LABEL, `Le nom est limité à ${MAX_LABEL} caractères.`),
  // A form sent without a file chosen still carries an empty, nameless one.
  file: z.file({ error: 'Choisissez le fichier de résultat (.json).' }).superRefine((file, ctx) => {
    if (!file.name && file.size === 0)
      ctx.addIssue({ code: 'custom', message: 'Choisissez le fichier de résultat (.json).' });
    else if (file.size === 0) ctx.addIssue({ code: 'custom', message: 'Ce fichier est vide.' });
    else if (file.size > MAX_RESULT_BYTES) ctx.addIssue({ code: 'custom', message: TOO_LARGE });
  }),
});

export const deleteSimulationSchema = z.object({
  simulationId: idField('Simulation introuvable.'),
  confirm: confirmed,
});
