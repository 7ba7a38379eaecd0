'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton } from '@/components/forms/fields';
import { resendVerificationAction, verifyEmailAction } from '@/lib/account/verification-actions';
import { initialFormState } from '@/lib/forms';

/** A button rather than a change on opening the page: a GET must not change an account (link previews, prefetch). */
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(verifyEmailAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Vérification…">Confirmer mon adresse</SubmitButton>
    </form>
  );
}

/** "Renvoyer le lien": a new link replaces the previous ones. */
export function ResendVerificationForm() {
  const [state, formAction] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Lien envoyé" />
      <SubmitButton priority="secondary" pendingLabel="Envoi…">
        Renvoyer le lien
      </SubmitButton>
    </form>
  );
}
