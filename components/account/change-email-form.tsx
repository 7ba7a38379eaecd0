'use client';

import { useActionState } from 'react';
import { FormAlert, PasswordField, SubmitButton, TextField } from '@/components/forms/fields';
import { requestEmailChangeAction } from '@/lib/account/actions';
import { initialFormState } from '@/lib/forms';

export function ChangeEmailForm() {
  const [state, formAction] = useActionState(requestEmailChangeAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Lien de confirmation envoyé" />
      <TextField
        name="newEmail"
        label="Nouvelle adresse électronique"
        hint="Format attendu : nom@exemple.fr"
        type="email"
        autoComplete="email"
        required
        state={state}
      />
      <PasswordField
        name="currentPassword"
        label="Mot de passe actuel"
        hint="Pour vérifier que c’est bien vous."
        state={state}
        autoComplete="current-password"
      />
      <SubmitButton>Recevoir le lien de confirmation</SubmitButton>
    </form>
  );
}
