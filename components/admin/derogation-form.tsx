'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { approveDerogationAction } from '@/lib/admin/actions';
import { initialFormState } from '@/lib/forms';

/** Records the agreement of the prefecture and the académie; the note is kept in the audit log. */
export function DerogationForm({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  const [state, formAction] = useActionState(approveDerogationAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <TextField
        name="note"
        label="Références des accords"
        hint="La préfecture et les services académiques qui ont donné leur accord, avec la date ou la référence de chaque courrier."
        state={state}
        textArea
        required
        maxLength={1000}
      />
      <Checkbox
        className={fr.cx('fr-mb-2w')}
        state={state.fieldErrors?.confirm ? 'error' : 'default'}
        stateRelatedMessage={state.fieldErrors?.confirm}
        options={[
          {
            label: `Je confirme l’accord de la préfecture et des services académiques pour le ${schoolName}`,
            nativeInputProps: { name: 'confirm', value: 'on', required: true },
          },
        ]}
      />
      <SubmitButton>Enregistrer la dérogation</SubmitButton>
    </form>
  );
}
