'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton } from '@/components/forms/fields';
import { confirmEmailChangeAction } from '@/lib/account/actions';
import { initialFormState } from '@/lib/forms';

/** A button rather than a change on opening the page: a GET must not change an account (link previews, prefetch). */
export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(confirmEmailChangeAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirmation…">Confirmer ma nouvelle adresse</SubmitButton>
    </form>
  );
}
