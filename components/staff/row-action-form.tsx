'use client';

import { useActionState, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { SubmitButton } from '@/components/forms/fields';
import { initialFormState, type FormState } from '@/lib/forms';

/**
 * One button that runs a server action on one row of a list (approve a request, cancel an
 * invitation). Success navigates back to the list with a notice; a refusal is shown under the button.
 */
export function RowActionForm({
  action,
  fields,
  label,
  priority = 'secondary',
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** Visible text; add an fr-sr-only part naming the row when several rows show the same button. */
  label: ReactNode;
  priority?: 'primary' | 'secondary' | 'tertiary';
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={fr.cx('fr-mb-1w')}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton priority={priority} pendingLabel="Un instant…">
        {label}
      </SubmitButton>
      {state.status === 'error' && (
        <p className={fr.cx('fr-error-text')} role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
