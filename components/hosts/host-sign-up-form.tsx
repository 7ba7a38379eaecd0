'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { AccountFieldset } from '@/components/forms/account-fieldset';
import { FormAlert, RadioField, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { signUpHostAction } from '@/lib/hosts/actions';
import { initialFormState } from '@/lib/forms';
import styles from './host-sign-up-form.module.css';
import { ORGANISATION_KIND_LABELS, type OrganisationKind } from '@/lib/hosts/labels';

type Option = { value: string; label: string };

const KIND_HINTS: Partial<Record<OrganisationKind, string>> = {
  public: 'Service de l’État, collectivité, hôpital, établissement public',
  private: 'Société, commerce, artisan, profession libérale',
};
const KINDS = (Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[]).map((value) => ({
  value,
  label: ORGANISATION_KIND_LABELS[value],
  hint: KIND_HINTS[value],
}));

/**
 * Host sign-up. The ministry (public bodies) and PAQTE group (companies) fields appear for their
 * kind only (see the CSS module); the server drops whichever does not apply, so a change of mind
 * leaves nothing stale.
 */
export function HostSignUpForm({ ministries, paqteGroups }: { ministries: Option[]; paqteGroups: Option[] }) {
  const [state, formAction] = useActionState(signUpHostAction, initialFormState);

  return (
    // noValidate: every error comes from the server in French, tied to its field, all at once.
    <form action={formAction} noValidate className={styles.form}>
      <FormAlert state={state} />
      <fieldset className={fr.cx('fr-fieldset')} aria-labelledby="structure-titre">
        <legend id="structure-titre" className={fr.cx('fr-fieldset__legend')}>
          <h2 className={fr.cx('fr-h4', 'fr-mb-0')}>Votre structure</h2>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <RadioField name="kind" legend="Type de structure" state={state} options={KINDS} />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <TextField
            name="organisationName"
            label="Nom de la structure"
            state={state}
            autoComplete="organization"
            required
            maxLength={200}
          />
        </div>
        <div className={`${fr.cx('fr-fieldset__element')} ${styles.publicOnly}`}>
          <SelectField
            name="ministryId"
            label="Ministère de tutelle"
            hint="Vos offres comptent dans l’objectif de ce ministère."
            state={state}
            options={ministries}
            placeholder="Choisissez le ministère"
          />
        </div>
        <div className={`${fr.cx('fr-fieldset__element')} ${styles.privateOnly}`}>
          <SelectField
            name="paqteGroupId"
            label="Groupe signataire du PAQTE (facultatif)"
            hint="Si votre entreprise appartient à un groupe signataire du pacte avec les quartiers pour toutes les entreprises."
            state={state}
            options={paqteGroups}
            placeholder="Aucun"
            required={false}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <TextField
            name="siret"
            label="Numéro SIRET (facultatif)"
            hint="14 chiffres, par exemple 884 123 792 00019."
            state={state}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
          <TextField
            name="postcode"
            label="Code postal (facultatif)"
            state={state}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
          <TextField
            name="commune"
            label="Commune (facultatif)"
            state={state}
            autoComplete="address-level2"
            maxLength={100}
          />
        </div>
      </fieldset>

      <AccountFieldset state={state} emailHint="Elle servira à vous connecter et à recevoir les candidatures." />
      <SubmitButton pendingLabel="Création du compte…">Créer mon compte</SubmitButton>
    </form>
  );
}
