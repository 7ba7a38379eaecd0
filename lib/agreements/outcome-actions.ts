'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/session';
import { formFailure, formSuccess, parseForm, PUPIL_FORM_ERRORS_MESSAGE, type FormState } from '@/lib/forms';
import { saveFeedback, recordOutcome } from './outcome-mutations';
import { feedbackSchema, outcomeSchema } from './outcome-schemas';

/* The forms after the week: the outcome (school or host) and the pupil's or the tutor's word. */

/** Every page that shows a convention's outcome, its lists and the dashboards that watch it. */
function revalidateAgreement(agreementId: string) {
  for (const space of ['/etablissement', '/entreprise', '/eleve']) {
    revalidatePath(`${space}/conventions/${agreementId}`);
    revalidatePath(`${space}/conventions`);
    revalidatePath(space);
  }
}

export async function recordOutcomeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff', 'host', 'operator');
  const parsed = parseForm(outcomeSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { agreementId, ...input } = parsed.data;
  const result = await recordOutcome(user, agreementId, input);
  if (!result.ok) return formFailure(result, formData);
  revalidateAgreement(agreementId);
  return formSuccess(
    input.outcome === 'completed' ? 'Le stage est indiqué comme réalisé.' : 'Le stage est indiqué comme non réalisé.',
  );
}

export async function saveFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('pupil', 'host', 'operator');
  const pupil = user.role === 'pupil';
  const parsed = parseForm(
    feedbackSchema(pupil ? 'pupil' : 'tutor'),
    formData,
    pupil ? PUPIL_FORM_ERRORS_MESSAGE : undefined,
  );
  if (!parsed.ok) return parsed.state;
  const result = await saveFeedback(user, parsed.data.agreementId, parsed.data.body);
  if (!result.ok) return formFailure(result, formData);
  revalidateAgreement(parsed.data.agreementId);
  return formSuccess(pupil ? 'Ton avis est enregistré. Merci !' : 'Votre avis est enregistré. Merci !');
}
