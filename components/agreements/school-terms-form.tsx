'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { saveSchoolTermsAction } from '@/lib/agreements/actions';
import { initialFormState } from '@/lib/forms';

/** The head writes or updates the school's standard terms (paragraphs separated by a blank line). */
export function SchoolTermsForm({ text }: { text: string }) {
  const [state, action] = useActionState(saveSchoolTermsAction, initialFormState);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <TextField
        name="text"
        label="Conditions générales du collège"
        hint="Séparez les paragraphes par une ligne vide. 20 000 caractères au plus."
        state={state}
        defaultValue={text}
        textArea
        required
        maxLength={20000}
      />
      <SubmitButton>Enregistrer les conditions générales</SubmitButton>
    </form>
  );
}
