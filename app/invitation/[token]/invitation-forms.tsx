'use client';

import { useActionState } from 'react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormAlert, PasswordField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { acceptInvitationAction, attachInvitationAction } from '@/lib/invitations/actions';
import { PASSWORD_HINT } from '@/lib/users/schemas';

/** New account for the invited address: the address is shown, not asked (it is the invitation's). */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, formAction] = useActionState(acceptInvitationAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Read-only, unnamed: shown so the person knows their sign-in address, and for password managers. */}
      <Input
        label="Adresse électronique"
        hintText="L’adresse à laquelle l’invitation a été envoyée."
        nativeInputProps={{ type: 'email', value: email, readOnly: true, autoComplete: 'username' }}
      />
      <TextField name="firstName" label="Prénom" state={state} autoComplete="given-name" required maxLength={80} />
      <TextField name="lastName" label="Nom" state={state} autoComplete="family-name" required maxLength={80} />
      <PasswordField name="password" label="Mot de passe" hint={PASSWORD_HINT} state={state} />
      <SubmitButton pendingLabel="Création du compte…">Créer mon compte et accepter l’invitation</SubmitButton>
    </form>
  );
}

/** The signed-in account of the invited address accepts with one button. */
export function AttachInvitationForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(attachInvitationAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Accepter l’invitation</SubmitButton>
    </form>
  );
}
