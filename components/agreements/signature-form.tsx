'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { requestSignatureCodeAction, signAgreementAction } from '@/lib/agreements/signature-actions';
import { initialFormState, type FormState } from '@/lib/forms';

/**
 * Signing with the keyboard alone: « Recevoir un code par courriel », then the full name as on the
 * convention, the 6-digit code and « j'ai lu », then « Signer la convention ». The text's
 * fingerprint travels with the form: if the text changed since the page was opened, the server
 * refuses and says so.
 */
export function SignatureForm({
  target,
  fingerprint,
  expectedName,
  tu = false,
}: {
  target: { agreementId: string } | { token: string };
  fingerprint: string;
  expectedName: string;
  /** The pupil's page speaks with « tu ». */
  tu?: boolean;
}) {
  const [codeState, requestCode] = useActionState(requestSignatureCodeAction, initialFormState);
  const [state, sign] = useActionState(signAgreementAction, initialFormState);
  const hidden = Object.entries(target).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  if (state.status === 'success') return <FormAlert state={state} successTitle="Convention signée" />;
  return (
    <div>
      <p>
        {tu
          ? 'Pour signer, reçois d’abord un code à 6 chiffres par courriel, puis tape-le avec ton nom complet tel qu’il figure sur la convention : '
          : 'Pour signer, recevez d’abord un code à 6 chiffres par courriel, puis tapez-le avec votre nom complet tel qu’il figure sur la convention : '}
        <strong>{expectedName}</strong>.
      </p>
      <form action={requestCode} className={fr.cx('fr-mb-3w')}>
        <FormAlert state={codeState} successTitle="Code envoyé" />
        {hidden}
        <SubmitButton priority="secondary" pendingLabel="Envoi du code…">
          {codeState.status === 'success' ? 'Recevoir un nouveau code' : 'Recevoir un code par courriel'}
        </SubmitButton>
      </form>
      <form action={sign}>
        <FormAlert state={state} />
        {hidden}
        <input type="hidden" name="fingerprint" value={fingerprint} />
        <SignatureFields
          state={state}
          expectedName={expectedName}
          confirmLabel="J’ai lu la convention et j’en accepte les termes."
          tu={tu}
        />
        <SubmitButton pendingLabel="Signature en cours…">Signer la convention</SubmitButton>
      </form>
    </div>
  );
}

/** The typed full name, the e-mailed code and « j'ai lu »: what every signature asks, one or several at once. */
export function SignatureFields({
  state,
  expectedName,
  confirmLabel,
  tu = false,
}: {
  state: FormState;
  expectedName: string;
  confirmLabel: string;
  tu?: boolean;
}) {
  return (
    <>
      <TextField
        name="fullName"
        label={tu ? 'Ton nom complet' : 'Votre nom complet'}
        hint={`Tel qu’il figure sur la convention : ${expectedName}`}
        autoComplete="name"
        maxLength={120}
        required
        state={state}
      />
      <TextField
        name="code"
        label="Code reçu par courriel"
        hint="6 chiffres, valable 10 minutes"
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        required
        state={state}
      />
      <ConfirmCheckbox label={confirmLabel} state={state} />
    </>
  );
}
