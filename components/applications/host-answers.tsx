'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { ActionForm } from '@/components/forms/action-form';
import { FormAlert, RadioField, SubmitButton, TextField } from '@/components/forms/fields';
import { acceptAction, hostCancelAction, refuseAction } from '@/lib/applications/actions';
import { REFUSAL_REASONS } from '@/lib/applications/labels';
import type { ApplicationStatus } from '@/lib/applications/rules';
import { initialFormState } from '@/lib/forms';

/** The host's answers to one application, as its state allows. */
export function HostAnswers({ applicationId, status }: { applicationId: string; status: ApplicationStatus }) {
  const hidden = { applicationId };
  if (status === 'submitted' || status === 'read')
    return (
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <section aria-labelledby="accepter" className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <h2 id="accepter" className={fr.cx('fr-h5')}>
            Accepter
          </h2>
          <p>La place est réservée à l’élève, qui a 7 jours pour confirmer. Son professeur principal est prévenu.</p>
          <ActionForm action={acceptAction} hidden={hidden} submitLabel="Accepter la candidature" />
        </section>
        <section aria-labelledby="refuser" className={fr.cx('fr-col-12', 'fr-col-md-7')}>
          <h2 id="refuser" className={fr.cx('fr-h5')}>
            Refuser
          </h2>
          <RefuseForm applicationId={applicationId} />
        </section>
      </div>
    );
  if (status === 'accepted' || status === 'confirmed')
    return (
      <section aria-labelledby="annuler">
        <h2 id="annuler" className={fr.cx('fr-h5')}>
          Annuler
        </h2>
        <p>
          Si vous ne pouvez plus accueillir l’élève, annulez en lui expliquant pourquoi : la place est libérée et
          l’élève peut chercher un autre stage.
        </p>
        <ActionForm
          action={hostCancelAction}
          hidden={hidden}
          priority="secondary"
          reason={{ label: 'Votre message à l’élève', hint: 'L’élève lira ce message.', maxLength: 1000 }}
          confirmLabel="Je confirme l’annulation : l’élève perd sa place."
          submitLabel="Annuler la candidature"
        />
      </section>
    );
  return null;
}

function RefuseForm({ applicationId }: { applicationId: string }) {
  const [state, formAction] = useActionState(refuseAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <RadioField
        name="reason"
        legend="Motif du refus"
        hint="L’élève lira ce motif."
        state={state}
        options={[
          ...REFUSAL_REASONS.map((reason) => ({ value: reason, label: reason })),
          { value: 'other', label: 'Autre motif (à écrire ci-dessous)' },
        ]}
      />
      <TextField
        name="otherReason"
        label="Autre motif"
        hint="Seulement si vous avez choisi « Autre motif »."
        state={state}
        textArea
        maxLength={1000}
      />
      <SubmitButton priority="secondary">Refuser la candidature</SubmitButton>
    </form>
  );
}
