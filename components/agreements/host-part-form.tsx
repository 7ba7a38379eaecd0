'use client';

import { useActionState, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { FormAlert, RadioField, SubmitButton, TextField } from '@/components/forms/fields';
import { saveHostPartAction } from '@/lib/agreements/actions';
import { WEEK_DAYS } from '@/lib/agreements/form-data';
import { DAY_NAMES } from '@/lib/agreements/rules';
import { initialFormState, type FormState } from '@/lib/forms';
import { LUNCH_LABELS } from '@/lib/offers/labels';

const LUNCH_OPTIONS = [
  { value: 'canteen_invitation', label: LUNCH_LABELS.canteen_invitation, hint: 'Sans frais pour la famille.' },
  { value: 'reduced_rate', label: LUNCH_LABELS.reduced_rate },
  {
    value: 'none',
    label: 'Pas de déjeuner offert',
    hint: 'Dites ci-dessous ce que l’élève doit prévoir : la famille en est prévenue à la signature.',
  },
];

/**
 * The host's part of the convention (its signatory, the tutor, the activities, the hours of each
 * day, lunch, insurance), saved complete or not: what is still missing is listed on the page. Each
 * field keeps what was typed when the server refuses (fields.tsx). `values` are the stored part's
 * (form-data.ts hostPartValues).
 */
export function HostPartForm({
  agreementId,
  values,
  hasSignatures,
}: {
  agreementId: string;
  values: Record<string, string>;
  /** Live signatures: saving a change voids them, so the host confirms first. */
  hasSignatures: boolean;
}) {
  const [state, action] = useActionState(saveHostPartAction, initialFormState);
  const text = (name: string, label: ReactNode, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={label} state={state} defaultValue={values[name] ?? ''} {...extra} />
  );
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <p className={fr.cx('fr-text--sm')}>
        Vous pouvez enregistrer votre partie en plusieurs fois : ce qui manque encore est rappelé en haut de la page.
      </p>

      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Qui signe pour la structure</legend>
        <div className={fr.cx('fr-fieldset__element')}>
          {text('representative.name', 'Prénom et nom', { autoComplete: 'name', maxLength: 120 })}
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          {text('representative.role', 'Fonction', {
            hint: 'Par exemple : directrice, responsable des ressources humaines.',
            maxLength: 120,
          })}
        </div>
      </fieldset>

      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Le tuteur de l’élève</legend>
        <div className={fr.cx('fr-fieldset__element')}>{text('tutor.name', 'Prénom et nom', { maxLength: 120 })}</div>
        <div className={fr.cx('fr-fieldset__element')}>{text('tutor.role', 'Fonction', { maxLength: 120 })}</div>
        <div className={fr.cx('fr-fieldset__element')}>
          {text('tutor.email', 'Courriel', { type: 'email', hint: 'Format attendu : prenom.nom@exemple.fr' })}
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          {text('tutor.phone', 'Téléphone (facultatif)', { type: 'tel', maxLength: 30 })}
        </div>
      </fieldset>

      {text('activities', 'Les activités prévues', {
        textArea: true,
        maxLength: 3000,
        hint: 'Ce que l’élève observera et fera pendant la semaine.',
      })}

      <fieldset className={fr.cx('fr-fieldset')} aria-describedby="horaires-hint">
        <legend className={fr.cx('fr-fieldset__legend')}>
          Horaires de chaque jour
          <span id="horaires-hint" className={fr.cx('fr-hint-text')}>
            7 heures de présence par jour au plus, pause déjeuner déduite. Laissez vides l’arrivée et le départ d’un
            jour sans présence.
          </span>
        </legend>
        {WEEK_DAYS.map((day) => (
          <div key={day} className={fr.cx('fr-fieldset__element')}>
            <fieldset className={fr.cx('fr-fieldset', 'fr-mb-0')}>
              <legend className={fr.cx('fr-fieldset__legend', 'fr-fieldset__legend--regular', 'fr-pb-1w')}>
                {DAY_NAMES[day - 1]}
              </legend>
              <div className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
                <ClockField name={`schedule.${day}.start`} label="Arrivée" state={state} values={values} />
              </div>
              <div className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
                <ClockField name={`schedule.${day}.end`} label="Départ" state={state} values={values} />
              </div>
              <div className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
                <ClockField
                  name={`schedule.${day}.lunchBreakMinutes`}
                  label="Pause déjeuner (minutes)"
                  state={state}
                  values={values}
                  minutes
                />
              </div>
            </fieldset>
          </div>
        ))}
      </fieldset>

      <RadioField
        name="lunch.arrangement"
        legend="Le déjeuner"
        state={state}
        options={LUNCH_OPTIONS}
        defaultValue={values['lunch.arrangement']}
      />
      {text('lunch.details', 'Précisions sur le déjeuner', {
        textArea: true,
        maxLength: 500,
        hint: 'Obligatoire quand aucun déjeuner n’est offert : ce que l’élève doit prévoir (repas froid, lieu pour déjeuner…).',
      })}

      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Votre assurance responsabilité civile</legend>
        <div className={fr.cx('fr-fieldset__element')}>{text('insurance.insurer', 'Assureur', { maxLength: 120 })}</div>
        <div className={fr.cx('fr-fieldset__element')}>
          {text('insurance.policyNumber', 'Numéro de contrat', { maxLength: 60 })}
        </div>
      </fieldset>

      {(hasSignatures || state.fieldErrors?.confirm) && (
        <ConfirmCheckbox
          label="Je comprends qu’enregistrer une modification annule les signatures déjà données : chacun devra signer à nouveau."
          state={state}
        />
      )}
      <SubmitButton>Enregistrer la partie de la structure</SubmitButton>
    </form>
  );
}

/** A time of day ('HH:MM') or the lunch break in minutes, refilled like fields.tsx's after a refusal. */
function ClockField({
  name,
  label,
  state,
  values,
  minutes = false,
}: {
  name: string;
  label: string;
  state: FormState;
  values: Record<string, string>;
  minutes?: boolean;
}) {
  const error = state.fieldErrors?.[name];
  const submitted = state.values?.[name];
  const value = state.values ? (typeof submitted === 'string' ? submitted : '') : (values[name] ?? '');
  return (
    <Input
      key={`${name}:${value}`}
      label={label}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      nativeInputProps={{
        name,
        defaultValue: value,
        'aria-invalid': error ? true : undefined,
        ...(minutes ? { type: 'number', inputMode: 'numeric', min: 0, max: 180, step: 5 } : { type: 'time' }),
      }}
    />
  );
}
