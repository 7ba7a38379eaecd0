'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { inviteColleagueAction } from '@/lib/hosts/actions';

/** The organisation id travels in the form but the server only accepts the member's own. */
export function InviteColleagueForm({ organisationId }: { organisationId: string }) {
  const [state, formAction] = useActionState(inviteColleagueAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Invitation envoyée" />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        name="email"
        label="Adresse électronique de votre collègue"
        hint="Il reçoit un lien, valable 7 jours, pour créer son compte dans votre structure."
        type="email"
        autoComplete="off"
        state={state}
        required
      />
      <SubmitButton>Envoyer l’invitation</SubmitButton>
    </form>
  );
}
