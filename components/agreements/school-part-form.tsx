'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { FormAlert, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { saveSchoolPartAction } from '@/lib/agreements/actions';
import { REPRESENTATIVE_POSITIONS } from '@/lib/agreements/form-data';
import { initialFormState } from '@/lib/forms';

/**
 * The school's part of the convention: who signs for the school (its head, or a member of its team
 * by delegation), the referring teacher, and the pupil's legal representatives (one or two), who
 * receive by e-mail the link to sign. The school's standard terms are copied as they are now.
 * `values` are the stored part's (form-data.ts schoolPartValues).
 */
export function SchoolPartForm({
  agreementId,
  values,
  signatories,
  hasSignatures,
}: {
  agreementId: string;
  values: Record<string, string>;
  /** The school's active staff (list-queries.ts schoolSignatoryOptions). */
  signatories: { id: string; name: string; role: string }[];
  hasSignatures: boolean;
}) {
  const [state, action] = useActionState(saveSchoolPartAction, initialFormState);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <SelectField
        name="signatoryUserId"
        label="Qui signe pour le collège"
        hint="Le chef d’établissement, ou un membre de l’équipe qui signe par délégation."
        state={state}
        defaultValue={values.signatoryUserId}
        options={signatories.map((person) => ({ value: person.id, label: `${person.name} – ${person.role}` }))}
      />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Le professeur référent</legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <TextField
            name="referringTeacherName"
            label="Prénom et nom"
            state={state}
            defaultValue={values.referringTeacherName}
            maxLength={120}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <TextField
            name="referringTeacherEmail"
            label="Courriel"
            hint="Format attendu : prenom.nom@ac-academie.fr"
            type="email"
            state={state}
            defaultValue={values.referringTeacherEmail}
          />
        </div>
      </fieldset>
      {REPRESENTATIVE_POSITIONS.map((position) => (
        <fieldset key={position} className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend')}>
            {position === 1 ? 'Représentant légal' : 'Second représentant légal (facultatif)'}
            <span className={fr.cx('fr-hint-text')}>
              {position === 1
                ? 'Il reçoit par courriel le lien pour signer la convention.'
                : 'Laissez vide s’il n’y en a qu’un.'}
            </span>
          </legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <TextField
              name={`legalRepresentatives.${position}.fullName`}
              label="Prénom et nom"
              state={state}
              defaultValue={values[`legalRepresentatives.${position}.fullName`]}
              maxLength={120}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <TextField
              name={`legalRepresentatives.${position}.email`}
              label="Courriel"
              type="email"
              state={state}
              defaultValue={values[`legalRepresentatives.${position}.email`]}
            />
          </div>
        </fieldset>
      ))}
      {(hasSignatures || state.fieldErrors?.confirm) && (
        <ConfirmCheckbox
          label="Je comprends qu’enregistrer une modification annule les signatures déjà données : chacun devra signer à nouveau."
          state={state}
        />
      )}
      <SubmitButton>Enregistrer la partie du collège</SubmitButton>
    </form>
  );
}
