'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { saveFeedbackAction } from '@/lib/agreements/outcome-actions';
import { FEEDBACK_MAX } from '@/lib/agreements/outcome-schemas';
import { initialFormState } from '@/lib/forms';

/**
 * The pupil's word on the internship (in « tu »), or the host's for the tutor: optional, short,
 * written again as often as wished, once the internship is recorded as completed.
 */
export function FeedbackForm({
  agreementId,
  author,
  current,
}: {
  agreementId: string;
  author: 'pupil' | 'tutor';
  /** The word already left, to change it. */
  current: string | null;
}) {
  const [state, formAction] = useActionState(saveFeedbackAction, initialFormState);
  const pupil = author === 'pupil';
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Merci" />
      <input type="hidden" name="agreementId" value={agreementId} />
      <TextField
        name="body"
        label={pupil ? 'Ton avis sur ton stage' : 'L’avis du tuteur sur le stage'}
        hint={
          pupil
            ? 'Ce que tu as découvert, ce qui t’a plu ou moins plu. Le collège et la structure d’accueil le liront. 1 000 caractères au plus.'
            : 'Ce que l’élève a fait et découvert. L’élève et le collège le liront. 1 000 caractères au plus.'
        }
        state={state}
        textArea
        required
        maxLength={FEEDBACK_MAX}
        defaultValue={current ?? ''}
      />
      <SubmitButton priority="secondary">
        {current ? (pupil ? 'Modifier mon avis' : 'Modifier l’avis') : pupil ? 'Envoyer mon avis' : 'Envoyer l’avis'}
      </SubmitButton>
    </form>
  );
}
