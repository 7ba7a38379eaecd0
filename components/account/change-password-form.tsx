'use client';

import { useActionState } from 'react';
import { FormAlert, PasswordField, SubmitButton } from '@/components/forms/fields';
import { changePasswordAction } from '@/lib/account/actions';
import { initialFormState } from '@/lib/forms';
import { PASSWORD_HINT } from '@/lib/users/schemas';

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Mot de passe modifié" />
      <PasswordField name="currentPassword" label="Mot de passe actuel" state={state} autoComplete="current-password" />
      <PasswordField name="newPassword" label="Nouveau mot de passe" hint={PASSWORD_HINT} state={state} />
      <SubmitButton pendingLabel="Enregistrement…">Changer le mot de passe</SubmitButton>
    </form>
  );
}
