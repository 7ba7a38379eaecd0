'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormAlert, PasswordField, SubmitButton } from '@/components/forms/fields';
import { resetPasswordAction } from '@/lib/account/actions';
import { initialFormState } from '@/lib/forms';
import { PASSWORD_HINT } from '@/lib/users/schemas';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      {state.status === 'error' && !state.fieldErrors && (
        <p>
          <Link href="/mot-de-passe/oublie">Demander un nouveau lien</Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <PasswordField name="password" label="Nouveau mot de passe" hint={PASSWORD_HINT} state={state} />
      <PasswordField
        name="passwordConfirmation"
        label="Confirmation du nouveau mot de passe"
        hint="Saisissez-le une seconde fois."
        state={state}
      />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le mot de passe</SubmitButton>
    </form>
  );
}
