import { z } from 'zod';
import { idField } from '@/lib/ids';

/*
 * After the week (issue 13): the school or the host says whether the internship took place (a reason
 * when it did not), then the pupil and the tutor may each leave a short word. The same checks in the
 * browser and on the server (outcome-mutations.ts).
 */

export const AGREEMENT_OUTCOMES = ['completed', 'not_held'] as const;
export type AgreementOutcome = (typeof AGREEMENT_OUTCOMES)[number];

export const OUTCOME_REASON_MAX = 1000;
export const FEEDBACK_MAX = 1000;

const agreementId = idField('Convention introuvable.');
const NO_REASON = 'Indiquez pourquoi le stage n’a pas eu lieu.';

export const outcomeSchema = z
  .object({
    agreementId,
    outcome: z.enum(AGREEMENT_OUTCOMES, { error: 'Indiquez si le stage a eu lieu.' }),
    reason: z
      .string()
      .trim()
      .max(OUTCOME_REASON_MAX, { error: '1 000 caractères au plus.' })
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'not_held' && !value.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: NO_REASON });
  });
export interface OutcomeInput {
  outcome: AgreementOutcome;
  /** Required when the internship was not held; ignored otherwise. */
  reason?: string;
}

/** The message of the field, in « tu » for the pupil. */
export const feedbackSchema = (author: 'pupil' | 'tutor') =>
  z.object({
    agreementId,
    body: z
      .string({ error: author === 'pupil' ? 'Écris ton avis.' : 'Écrivez votre avis.' })
      .trim()
      .min(1, { error: author === 'pupil' ? 'Écris ton avis.' : 'Écrivez votre avis.' })
      .max(FEEDBACK_MAX, { error: '1 000 caractères au plus.' }),
  });
