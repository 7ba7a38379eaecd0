'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { requestPasswordResetAction } from '@/lib/account/actions';
import { initialFormState } from '@/lib/forms';

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(requestPasswordResetAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Demande enregistrée" />
      <TextField
        name="email"
        label="Adresse électronique"
        hint="L’adresse de votre compte. Format attendu : nom@exemple.fr"
        type="email"
        autoComplete="username"
        required
        state={state}
      />
      <SubmitButton>Recevoir un lien</SubmitButton>
    </form>
  );
}
