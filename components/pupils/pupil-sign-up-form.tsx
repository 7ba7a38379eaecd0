'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { FormAlert, PasswordField, RadioField, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { signUpPupilAction } from '@/lib/pupils/actions';
import { GENDER_LABELS } from '@/lib/pupils/labels';
import { PUPIL_PASSWORD_HINT } from '@/lib/pupils/schemas';

/**
 * Step 2 of the pupil sign-up. The class is chosen in a list, or fixed by the class invite link
 * (`invite`), whose token goes along so the server can check the link is still the class's.
 */
export function PupilSignUpForm({
  schoolId,
  classes,
  invite,
}: {
  schoolId: string;
  classes: { id: string; name: string }[];
  invite?: { token: string; classId: string; className: string };
}) {
  const [state, formAction] = useActionState(signUpPupilAction, initialFormState);
  return (
    <form action={formAction} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      {invite ? (
        <>
          <input type="hidden" name="classId" value={invite.classId} />
          <input type="hidden" name="token" value={invite.token} />
          <p>
            Ta classe : <strong>{invite.className}</strong>
          </p>
        </>
      ) : (
        <SelectField
          name="classId"
          label="Ta classe"
          state={state}
          placeholder="Choisis ta classe"
          options={classes.map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      <TextField name="firstName" label="Ton prénom" state={state} autoComplete="given-name" required maxLength={80} />
      <TextField name="lastName" label="Ton nom" state={state} autoComplete="family-name" required maxLength={80} />
      <RadioField
        name="gender"
        legend="Tu es"
        hint="Cette réponse sert seulement à des statistiques anonymes, sans ton nom."
        state={state}
        options={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))}
        inline
      />
      <TextField
        name="email"
        type="email"
        label="Ton adresse électronique"
        hint="Tu t’en serviras pour te connecter et recevoir les réponses à tes candidatures. Format attendu : prenom.nom@exemple.fr"
        state={state}
        autoComplete="email"
        required
      />
      <PasswordField name="password" label="Ton mot de passe" hint={PUPIL_PASSWORD_HINT} state={state} />
      <p className={fr.cx('fr-text--sm')}>
        Ensuite, l’un de tes parents signera une autorisation que ton professeur principal te donnera. Pour savoir ce
        que le site garde sur toi, lis la page <Link href="/donnees-personnelles">Données personnelles</Link>.
      </p>
      <SubmitButton pendingLabel="Création du compte…">Créer mon compte</SubmitButton>
    </form>
  );
}
