'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { loadSimulationAction } from '@/lib/simulation/loaded-actions';
import { MAX_LABEL, MAX_RESULT_BYTES, TOO_LARGE } from '@/lib/simulation/loaded-schemas';
import { initialFormState } from '@/lib/forms';

/**
 * Loads a result file of `npm run simulate:campaign` under a name. The server reads and checks it;
 * the browser only refuses a file too large first, which Next.js would otherwise cut off before the
 * server could say why. The name typed comes back after a refusal (a file input cannot be refilled).
 */
export function LoadSimulationForm() {
  const [state, formAction] = useActionState(loadSimulationAction, initialFormState);
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? TOO_LARGE : state.fieldErrors?.file;

  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement | null;
    const large = (input?.files?.[0]?.size ?? 0) > MAX_RESULT_BYTES;
    setTooLarge(large);
    if (large) {
      event.preventDefault();
      input?.focus();
    }
  };

  return (
    <form action={formAction} onSubmit={checkSize}>
      <FormAlert state={state} />
      <TextField
        name="label"
        label="Nom de la simulation"
        hint="Par exemple : « Simulation nationale, graine 42 ». Il est affiché au-dessus des chiffres des tableaux de bord."
        state={state}
        required
        maxLength={MAX_LABEL}
      />
      <Upload
        label="Fichier de résultat (.json)"
        hint="Le fichier écrit par la commande, 512 Ko au plus."
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeInputProps={{
          name: 'file',
          accept: '.json,application/json',
          required: true,
          'aria-invalid': error ? true : undefined,
          onChange: () => setTooLarge(false),
        }}
        className={fr.cx('fr-mb-4w')}
      />
      <SubmitButton>Charger la simulation</SubmitButton>
    </form>
  );
}
