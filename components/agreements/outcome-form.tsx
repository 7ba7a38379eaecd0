'use client';

import { useActionState } from 'react';
import { FormAlert, RadioField, SubmitButton, TextField } from '@/components/forms/fields';
import { AGREEMENT_OUTCOME_LABELS } from '@/lib/agreements/labels';
import { recordOutcomeAction } from '@/lib/agreements/outcome-actions';
import { OUTCOME_REASON_MAX, type AgreementOutcome } from '@/lib/agreements/outcome-schemas';
import { initialFormState } from '@/lib/forms';

/**
 * The school or the host says, from the week's Monday, whether the internship took place: the reason
 * is required when it did not (the server checks it too, the field stays visible without JavaScript).
 * A later record, by either side, replaces this one.
 */
export function OutcomeForm({
  agreementId,
  current,
  signed,
}: {
  agreementId: string;
  /** The outcome recorded so far, to correct it. */
  current: { value: AgreementOutcome; reason: string | null } | null;
  /** Signed by all: only then may the internship be recorded as completed. */
  signed: boolean;
}) {
  const [state, formAction] = useActionState(recordOutcomeAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="C’est enregistré" />
      <input type="hidden" name="agreementId" value={agreementId} />
      <RadioField
        name="outcome"
        legend="Le stage a-t-il eu lieu ?"
        hint={
          signed
            ? undefined
            : 'La convention n’est pas signée par tous : le stage ne peut pas être indiqué comme réalisé.'
        }
        state={state}
        defaultValue={current?.value}
        options={[
          { value: 'completed', label: AGREEMENT_OUTCOME_LABELS.completed, hint: 'L’élève a effectué sa semaine.' },
          {
            value: 'not_held',
            label: AGREEMENT_OUTCOME_LABELS.not_held,
            hint: 'Le stage n’a pas eu lieu, ou a été interrompu : indiquez le motif ci-dessous.',
          },
        ]}
      />
      <TextField
        name="reason"
        label="Motif (si le stage n’a pas eu lieu)"
        hint="Obligatoire si le stage n’a pas eu lieu. 1 000 caractères au plus."
        state={state}
        textArea
        maxLength={OUTCOME_REASON_MAX}
        defaultValue={current?.reason ?? ''}
      />
      <SubmitButton>{current ? 'Corriger l’issue du stage' : 'Enregistrer l’issue du stage'}</SubmitButton>
    </form>
  );
}
