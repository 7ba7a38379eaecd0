'use client';

import { useActionState, useEffect, useId, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { initialFormState, type FormState } from '@/lib/forms';

export interface TargetField {
  name: string;
  /** The column's name: the input's label is « <label>, <territory> », read aloud and shown on phones. */
  label: string;
  value: number;
}

/**
 * One editable row of a campaign's targets: a table row whose figures are the inputs of a form
 * that lives in its last cell (a form cannot wrap a row; the inputs join it with `form=`). Works
 * without JavaScript. A refusal shows on each field, keeps what was typed and moves the focus to
 * the first field to correct; a success says so in the row, which then shows the saved figures.
 */
export function TargetRowForm({
  action,
  hidden,
  rowHeader,
  name,
  fields,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  rowHeader: string;
  /** The territory or ministry, for the labels and the button's accessible name. */
  name: string;
  fields: TargetField[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const formId = useId();
  const rowRef = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    if (state.status === 'error') rowRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  const fieldErrors = state.fieldErrors ?? {};
  const fieldNames = new Set(fields.map((field) => field.name));
  const onFields = Object.keys(fieldErrors).some((key) => fieldNames.has(key));
  // The row's message: the refusal itself unless it is already written under a field (an error on a
  // hidden field, a forged id, has no field to show under).
  const rowError =
    state.status !== 'error'
      ? null
      : onFields
        ? 'Non enregistré : corrigez le champ signalé.'
        : (Object.values(fieldErrors)[0] ?? state.message);

  return (
    <tr ref={rowRef}>
      <th scope="row">{rowHeader}</th>
      {fields.map((field) => {
        const error = fieldErrors[field.name];
        const typed = state.values?.[field.name];
        const value = typeof typed === 'string' ? typed : String(field.value);
        const inputId = `${formId}-${field.name}`;
        return (
          <td key={field.name} data-label={field.label}>
            <div className={fr.cx('fr-input-group', 'fr-mb-0', error ? 'fr-input-group--error' : undefined)}>
              <label className={fr.cx('fr-label', 'fr-sr-only')} htmlFor={inputId}>
                {field.label}, {name}
              </label>
              <input
                key={`${field.name}:${value}`}
                id={inputId}
                className={fr.cx('fr-input', error ? 'fr-input--error' : undefined)}
                style={{ minWidth: '6rem' }}
                name={field.name}
                form={formId}
                defaultValue={value}
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
              />
              {error && (
                <p id={`${inputId}-error`} className={fr.cx('fr-error-text')}>
                  {error}
                </p>
              )}
            </div>
          </td>
        );
      })}
      <td>
        <form id={formId} action={formAction}>
          {Object.entries(hidden).map(([key, value]) => (
            <input key={key} type="hidden" name={key} value={value} />
          ))}
          <SaveButton name={name} />
        </form>
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')} role="status">
          {state.status === 'success' ? state.message : null}
        </p>
        {rowError && (
          <p className={fr.cx('fr-error-text', 'fr-mt-0')} role="alert">
            {rowError}
          </p>
        )}
      </td>
    </tr>
  );
}

function SaveButton({ name }: { name: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="small" priority="secondary" disabled={pending} aria-busy={pending || undefined}>
      {pending ? 'Envoi…' : 'Enregistrer'}
      <span className={fr.cx('fr-sr-only')}> {name}</span>
    </Button>
  );
}
