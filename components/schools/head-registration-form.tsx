'use client';

import { useActionState } from 'react';
import { CheckboxGroup, FormAlert, PasswordField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { registerSchoolAction } from '@/lib/schools/actions';
import { PASSWORD_HINT } from '@/lib/users/schemas';

/**
 * Head sign-up, step 2. The académie address is asked for, not required: an address at another
 * domain comes back with a warning and a box to confirm it (see registerSchool).
 */
export function HeadRegistrationForm({ schoolId, emailDomain }: { schoolId: string; emailDomain: string | null }) {
  const [state, formAction] = useActionState(registerSchoolAction, initialFormState);
  const confirmingDomain = Boolean(state.fieldErrors?.otherDomain || state.values?.['otherDomain[]']);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <TextField name="firstName" label="Prénom" state={state} autoComplete="given-name" required maxLength={80} />
      <TextField name="lastName" label="Nom" state={state} autoComplete="family-name" required maxLength={80} />
      <TextField
        name="email"
        type="email"
        label="Adresse électronique professionnelle"
        hint={
          emailDomain
            ? `L’adresse de l’académie, par exemple prenom.nom@${emailDomain}.`
            : 'Votre adresse professionnelle de l’Éducation nationale.'
        }
        state={state}
        autoComplete="email"
        required
      />
      {confirmingDomain && (
        <CheckboxGroup
          name="otherDomain"
          legend="Adresse hors de l’académie"
          state={state}
          options={[
            { value: 'oui', label: 'Je n’ai pas d’adresse académique : j’utilise cette adresse professionnelle.' },
          ]}
        />
      )}
      <PasswordField name="password" label="Mot de passe" hint={PASSWORD_HINT} state={state} />
      <SubmitButton pendingLabel="Inscription en cours…">Inscrire mon collège</SubmitButton>
    </form>
  );
}
