'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { recordConsentsAction, withdrawConsentAction } from '@/lib/pupils/actions';

type PupilOption = { id: string; name: string };

/** The signed forms handed back: tick the pupils whose form came back signed. */
export function RecordConsentForm({ classId, pending }: { classId: string; pending: PupilOption[] }) {
  const [state, formAction] = useActionState(recordConsentsAction, initialFormState);
  // Rendered even when nothing is left to record, so the confirmation of the last ones stays visible.
  if (pending.length === 0) {
    return (
      <>
        <FormAlert state={state} successTitle="Autorisations enregistrées" />
        <p>Toutes les autorisations des élèves inscrits sont enregistrées.</p>
      </>
    );
  }
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Autorisations enregistrées" />
      <input type="hidden" name="classId" value={classId} />
      <CheckboxGroup
        name="pupilIds"
        legend="Autorisations reçues"
        hint="Cochez les élèves dont vous avez reçu l’autorisation signée par un représentant légal. Ils verront aussitôt les offres de stage."
        state={state.status === 'success' ? initialFormState : state}
        options={pending.map((pupil) => ({ value: pupil.id, label: pupil.name }))}
      />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer les autorisations</SubmitButton>
    </form>
  );
}

/** Undo an authorisation recorded by mistake, after an explicit confirmation. */
export function WithdrawConsentForm({ classId, granted }: { classId: string; granted: PupilOption[] }) {
  const [state, formAction] = useActionState(withdrawConsentAction, initialFormState);
  const shown = state.status === 'success' ? initialFormState : state;
  if (granted.length === 0) {
    return (
      <>
        <FormAlert state={state} successTitle="Autorisation retirée" />
        <p>Aucune autorisation n’est enregistrée dans cette classe.</p>
      </>
    );
  }
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle="Autorisation retirée" />
      <input type="hidden" name="classId" value={classId} />
      <SelectField
        name="pupilId"
        label="Élève"
        placeholder="Choisissez l’élève"
        state={shown}
        options={granted.map((pupil) => ({ value: pupil.id, label: pupil.name }))}
      />
      <ConfirmCheckbox
        label="Je confirme : cet élève ne verra plus les offres tant que son autorisation n’est pas enregistrée de nouveau."
        state={shown}
      />
      <div className={fr.cx('fr-mt-2w')}>
        <SubmitButton priority="secondary" pendingLabel="Retrait…">
          Retirer l’autorisation
        </SubmitButton>
      </div>
    </form>
  );
}
