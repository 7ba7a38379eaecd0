'use client';

import { useActionState } from 'react';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { FormAlert, PasswordField, SubmitButton } from '@/components/forms/fields';
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
      <ConfirmCheckbox label="Je confirme la suppression définitive de mon compte" state={state} />
      <SubmitButton pendingLabel="Suppression…">Supprimer mon compte</SubmitButton>
    </form>
  );
}
