'use client';

import { useActionState, useState } from 'react';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { FormAlert, SubmitButton } from '@/components/forms/fields';
import { requestBatchCodeAction, signBatchAction } from '@/lib/agreements/signature-actions';
import type { AwaitingSignatureRow } from '@/lib/agreements/signature-queries';
import { formatWeek } from '@/lib/calendar/format';
import { initialFormState } from '@/lib/forms';
import { SignatureFields } from './signature-form';

/**
 * The head signs several conventions at once: tick them (all ticked at first), receive one code,
 * type the name and the code. Each box carries the fingerprint of the text listed: a convention
 * changed meanwhile is left out and named.
 */
export function BatchSignatureForm({ rows, expectedName }: { rows: AwaitingSignatureRow[]; expectedName: string }) {
  const [codeState, requestCode] = useActionState(requestBatchCodeAction, initialFormState);
  const [state, sign] = useActionState(signBatchAction, initialFormState);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(rows.map((row) => row.id)));
  const items = rows
    .filter((row) => ticked.has(row.id))
    .map((row) => <input key={row.id} type="hidden" name="items[]" value={`${row.id}:${row.fingerprint}`} />);
  if (state.status === 'success')
    return (
      <>
        <FormAlert state={state} successTitle="Conventions signées" />
        <p>
          <Link href="/etablissement/conventions">Revenir aux conventions</Link>
        </p>
      </>
    );
  return (
    <>
      <Checkbox
        legend="Conventions à signer"
        hintText="Décochez celles que vous voulez relire avant de les signer."
        state={state.fieldErrors?.items ? 'error' : 'default'}
        stateRelatedMessage={state.fieldErrors?.items}
        options={rows.map((row) => ({
          label: `${row.pupilName} (${row.className}) : ${row.hostName}, ${formatWeek(row.week)}`,
          nativeInputProps: {
            checked: ticked.has(row.id),
            onChange: (event) =>
              setTicked((current) => {
                const next = new Set(current);
                if (event.target.checked) next.add(row.id);
                else next.delete(row.id);
                return next;
              }),
          },
        }))}
      />
      <form action={requestCode} className={fr.cx('fr-mb-3w')}>
        <FormAlert state={codeState} successTitle="Code envoyé" />
        {items}
        <SubmitButton priority="secondary" pendingLabel="Envoi du code…">
          {`Recevoir un code pour ${ticked.size} ${ticked.size > 1 ? 'conventions' : 'convention'}`}
        </SubmitButton>
      </form>
      <form action={sign}>
        <FormAlert state={state} />
        {items}
        <SignatureFields
          state={state}
          expectedName={expectedName}
          confirmLabel="J’ai lu les conventions cochées et j’en accepte les termes."
        />
        <SubmitButton pendingLabel="Signature en cours…">Signer les conventions cochées</SubmitButton>
      </form>
    </>
  );
}
