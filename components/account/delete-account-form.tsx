'use client';

import { useActionState } from 'react';
import { CheckboxGroup, FormAlert, PasswordField, SubmitButton } from '@/components/forms/fields';
import { deleteAccountAction } from '@/lib/account/actions';
import { initialFormState } from '@/lib/forms';

/** Works without JavaScript: the password and the ticked box are the confirmation step. */
export function DeleteAccountForm() {
  const [state, formAction] = useActionState(deleteAccountAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <PasswordField
        name="currentPassword"
        label="Mot de passe"
        hint="Pour vérifier que c’est bien vous."
        state={state}
        autoComplete="current-password"
      />
      <CheckboxGroup
        name="confirm"
        legend="Confirmation"
        state={state}
        options={[{ value: 'oui', label: 'Je confirme la suppression définitive de mon compte' }]}
      />
      <SubmitButton pendingLabel="Suppression…">Supprimer mon compte</SubmitButton>
    </form>
  );
}
