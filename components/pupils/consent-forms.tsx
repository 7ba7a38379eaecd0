'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { approveClassPupilsAction, recordConsentsAction, withdrawConsentAction } from '@/lib/pupils/actions';

type PupilOption = { id: string; name: string };

/** The signed forms handed back: tick the pupils whose form came back signed. */
export function RecordConsentForm({ classId, pending }: { classId: string; pending: PupilOption[] }) {
  return (
    <TickPupilsForm
      action={recordConsentsAction}
      classId={classId}
      pupils={pending}
      successTitle="Autorisations enregistrées"
      done="Toutes les autorisations des élèves inscrits sont enregistrées."
      legend="Autorisations reçues"
      hint="Cochez les élèves dont vous avez reçu l’autorisation signée par un représentant légal. Ils verront aussitôt les offres de stage."
      submit="Enregistrer les autorisations"
    />
  );
}

/** Pupils who signed up without the class's link: tick those who really are in the class. */
export function ApproveJoinRequestsForm({ classId, requests }: { classId: string; requests: PupilOption[] }) {
  return (
    <TickPupilsForm
      action={approveClassPupilsAction}
      classId={classId}
      pupils={requests}
      successTitle="Inscriptions confirmées"
      done="Aucune inscription à confirmer."
      legend="Élèves à confirmer"
      hint="Ces élèves ont créé leur compte sans passer par le lien de la classe. Cochez ceux qui sont bien dans cette classe : ils rejoignent la liste des élèves, en attente d’autorisation parentale. Les autres restent en attente et ne voient rien de la classe."
      submit="Confirmer les inscriptions"
    />
  );
}

function TickPupilsForm({
  action,
  classId,
  pupils,
  successTitle,
  done,
  legend,
  hint,
  submit,
}: {
  action: typeof recordConsentsAction;
  classId: string;
  pupils: PupilOption[];
  successTitle: string;
  done: string;
  legend: string;
  hint: string;
  submit: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  // Rendered even when nothing is left to tick, so the confirmation of the last ones stays visible.
  if (pupils.length === 0) {
    return (
      <>
        <FormAlert state={state} successTitle={successTitle} />
        <p>{done}</p>
      </>
    );
  }
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle={successTitle} />
      <input type="hidden" name="classId" value={classId} />
      <CheckboxGroup
        name="pupilIds"
        legend={legend}
        hint={hint}
        state={state.status === 'success' ? initialFormState : state}
        options={pupils.map((pupil) => ({ value: pupil.id, label: pupil.name }))}
      />
      <SubmitButton pendingLabel="Enregistrement…">{submit}</SubmitButton>
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
