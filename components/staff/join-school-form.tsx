'use client';

import { useActionState } from 'react';
import { FormAlert, PasswordField, RadioField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { joinSchoolAction } from '@/lib/staff/actions';
import { memberRoleOptions } from '@/lib/staff/schemas';
import { PASSWORD_HINT } from '@/lib/users/schemas';

const roleHints: Partial<Record<string, string>> = {
  main_teacher: 'Vous suivez une classe de 3e et recueillez les autorisations parentales.',
  teacher: 'Mêmes données que le professeur principal.',
};

/** Staff sign-up, step 2: account and role; the head of the collège approves the request. */
export function JoinSchoolForm({ schoolId, emailDomain }: { schoolId: string; emailDomain: string | null }) {
  const [state, formAction] = useActionState(joinSchoolAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <RadioField
        name="role"
        legend="Votre fonction au collège"
        state={state}
        options={memberRoleOptions.map((option) => ({ ...option, hint: roleHints[option.value] }))}
      />
      <TextField name="firstName" label="Prénom" state={state} autoComplete="given-name" required maxLength={80} />
      <TextField name="lastName" label="Nom" state={state} autoComplete="family-name" required maxLength={80} />
      <TextField
        name="email"
        type="email"
        label="Adresse électronique professionnelle"
        hint={
          emailDomain
            ? `Votre adresse de l’académie, par exemple prenom.nom@${emailDomain}.`
            : 'Votre adresse professionnelle de l’Éducation nationale.'
        }
        state={state}
        autoComplete="email"
        required
      />
      <PasswordField name="password" label="Mot de passe" hint={PASSWORD_HINT} state={state} />
      <SubmitButton pendingLabel="Envoi en cours…">Créer mon compte et demander l’accès</SubmitButton>
    </form>
  );
}
