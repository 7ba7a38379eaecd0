'use client';

import { useActionState } from 'react';
import { CheckboxGroup, FormAlert, PasswordField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { registerSchoolAction } from '@/lib/schools/actions';
import { HEAD_REQUEST_MESSAGE_MAX } from '@/lib/schools/schemas';
import { PASSWORD_HINT } from '@/lib/users/schemas';

/**
 * Head sign-up, step 2. The school's functional address is asked for: the link sent there proves
 * who the head is. Another address comes back refused, naming the functional one, with a box for
 * heads who cannot use that mailbox and a message for the national team (see registerSchool).
 */
export function HeadRegistrationForm({
  schoolId,
  functionalAddress,
}: {
  schoolId: string;
  functionalAddress: string | null;
}) {
  const [state, formAction] = useActionState(registerSchoolAction, initialFormState);
  const askingAccess = Boolean(state.fieldErrors?.noMailboxAccess || state.values?.['noMailboxAccess[]']);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <TextField name="firstName" label="Prénom" state={state} autoComplete="given-name" required maxLength={80} />
      <TextField name="lastName" label="Nom" state={state} autoComplete="family-name" required maxLength={80} />
      <TextField
        name="email"
        type="email"
        label="Adresse électronique fonctionnelle du collège"
        hint={
          functionalAddress
            ? `${functionalAddress} : un lien y sera envoyé pour vérifier que vous en êtes le chef d’établissement.`
            : 'ce.<UAI du collège>@<domaine de l’académie> : un lien y sera envoyé pour vérifier que vous en êtes le chef d’établissement.'
        }
        state={state}
        autoComplete="email"
        defaultValue={functionalAddress ?? ''}
        required
      />
      {askingAccess && (
        <>
          <CheckboxGroup
            name="noMailboxAccess"
            legend="Accès à la messagerie fonctionnelle"
            state={state}
            options={[
              {
                value: 'oui',
                label: 'Je n’ai pas accès à l’adresse fonctionnelle',
                hint: 'Votre demande sera examinée par l’équipe nationale, qui pourra vous contacter à l’adresse indiquée.',
              },
            ]}
          />
          <TextField
            name="message"
            label="Votre message à l’équipe nationale"
            hint="Pourquoi vous n’avez pas accès à l’adresse fonctionnelle, et comment vérifier que vous dirigez ce collège (par exemple le numéro du secrétariat)."
            state={state}
            maxLength={HEAD_REQUEST_MESSAGE_MAX}
            textArea
          />
        </>
      )}
      <PasswordField name="password" label="Mot de passe" hint={PASSWORD_HINT} state={state} />
      <SubmitButton pendingLabel="Inscription en cours…">Inscrire mon collège</SubmitButton>
    </form>
  );
}
