'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { AccountFieldset } from '@/components/forms/account-fieldset';
import { FormAlert, RadioField, SelectField, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { signUpRepresentativeAction } from '@/lib/representatives/actions';
import styles from './representative-sign-up-form.module.css';

type Option = { value: string; label: string };

const LEVELS = [
  {
    value: 'department',
    label: 'Département',
    hint: 'Référent désigné par la préfecture ou la direction des services départementaux de l’Éducation nationale',
  },
  { value: 'academy', label: 'Académie', hint: 'Rectorat' },
  { value: 'region', label: 'Région', hint: 'Préfecture de région' },
  { value: 'ministry', label: 'Ministère', hint: 'Secrétariat général d’un ministère' },
  { value: 'national', label: 'National', hint: 'Équipe nationale de pilotage' },
];

/** Scope level first, then the territory (or ministry) picker of that level only (see the CSS module). */
export function RepresentativeSignUpForm({
  regions,
  academies,
  departments,
  ministries,
}: {
  regions: Option[];
  academies: Option[];
  departments: Option[];
  ministries: Option[];
}) {
  const [state, formAction] = useActionState(signUpRepresentativeAction, initialFormState);
  const territories = [
    {
      name: 'departmentCode',
      label: 'Département',
      placeholder: 'Choisissez votre département',
      options: departments,
      className: styles.department,
    },
    {
      name: 'academyCode',
      label: 'Académie',
      placeholder: 'Choisissez votre académie',
      options: academies,
      className: styles.academy,
    },
    {
      name: 'regionCode',
      label: 'Région',
      placeholder: 'Choisissez votre région',
      options: regions,
      className: styles.region,
    },
    {
      name: 'ministryId',
      label: 'Ministère',
      placeholder: 'Choisissez votre ministère',
      options: ministries,
      className: styles.ministry,
    },
  ];

  return (
    // noValidate: every error comes from the server in French, tied to its field, all at once.
    <form action={formAction} noValidate className={styles.form}>
      <FormAlert state={state} />
      <fieldset className={fr.cx('fr-fieldset')} aria-labelledby="mission-titre">
        <legend id="mission-titre" className={fr.cx('fr-fieldset__legend')}>
          <h2 className={fr.cx('fr-h4', 'fr-mb-0')}>Votre mission</h2>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <RadioField name="level" legend="Vous suivez les stages à l’échelle" state={state} options={LEVELS} />
        </div>
        {territories.map((territory) => (
          <div key={territory.name} className={`${fr.cx('fr-fieldset__element')} ${territory.className}`}>
            <SelectField
              name={territory.name}
              label={territory.label}
              state={state}
              options={territory.options}
              placeholder={territory.placeholder}
            />
          </div>
        ))}
      </fieldset>
      <AccountFieldset
        state={state}
        emailHint="L’adresse de votre administration (par exemple prenom.nom@seine-saint-denis.gouv.fr ou @ac-creteil.fr) : l’équipe nationale la vérifie."
      />
      <SubmitButton pendingLabel="Envoi de la demande…">Demander mon accès</SubmitButton>
    </form>
  );
}
