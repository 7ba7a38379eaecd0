'use client';

import { useActionState } from 'react';
import { FormAlert, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { inviteStaffAction } from '@/lib/staff/actions';
import { memberRoleOptions } from '@/lib/staff/schemas';

export function InviteStaffForm() {
  const [state, formAction] = useActionState(inviteStaffAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Invitation envoyée" />
      <TextField
        name="email"
        type="email"
        label="Adresse électronique de la personne"
        hint="Son adresse académique, par exemple prenom.nom@ac-creteil.fr."
        state={state}
        autoComplete="off"
        required
      />
      <SelectField
        name="role"
        label="Rôle"
        state={state}
        options={memberRoleOptions}
        placeholder="Choisissez un rôle"
      />
      <SubmitButton>Envoyer l’invitation</SubmitButton>
    </form>
  );
}
