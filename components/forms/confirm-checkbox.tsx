'use client';

import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import type { FormState } from '@/lib/forms';

/**
 * "Je confirme" box of a destructive action (confirmField on the server): a second, deliberate
 * step that works without JavaScript and is never carried over from one submission to the next.
 */
export function ConfirmCheckbox({ label, state }: { label: ReactNode; state: FormState }) {
  const error = state.fieldErrors?.confirm;
  return (
    <Checkbox
      key={JSON.stringify(state)}
      className={fr.cx('fr-mb-2w')}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={[
        {
          label,
          nativeInputProps: { name: 'confirm', value: 'on', required: true, 'aria-invalid': error ? true : undefined },
        },
      ]}
    />
  );
}
