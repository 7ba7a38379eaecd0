'use client';

import { fr } from '@codegouvfr/react-dsfr';
import type { FormState } from '@/lib/forms';
import { PASSWORD_HINT } from '@/lib/users/schemas';
import { PasswordField, TextField } from './fields';

/** The "Vous" block of adult sign-up forms: names, professional e-mail and password (lib/users/schemas accountFields). */
export function AccountFieldset({ state, emailHint }: { state: FormState; emailHint: string }) {
  return (
    <fieldset className={fr.cx('fr-fieldset')} aria-labelledby="personne-titre">
      <legend id="personne-titre" className={fr.cx('fr-fieldset__legend')}>
        <h2 className={fr.cx('fr-h4', 'fr-mb-0')}>Vous</h2>
      </legend>
      <div className={fr.cx('fr-fieldset__element')}>
        <TextField name="firstName" label="Prénom" state={state} autoComplete="given-name" required maxLength={80} />
      </div>
      <div className={fr.cx('fr-fieldset__element')}>
        <TextField name="lastName" label="Nom" state={state} autoComplete="family-name" required maxLength={80} />
      </div>
      <div className={fr.cx('fr-fieldset__element')}>
        <TextField
          name="email"
          label="Adresse électronique professionnelle"
          hint={emailHint}
          type="email"
          state={state}
          autoComplete="email"
          required
        />
      </div>
      <div className={fr.cx('fr-fieldset__element')}>
        <PasswordField name="password" label="Mot de passe" hint={PASSWORD_HINT} state={state} />
      </div>
    </fieldset>
  );
}
