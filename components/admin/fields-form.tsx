'use client';

import { useActionState } from 'react';
import { FormAlert, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState, type FormState } from '@/lib/forms';

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'number' | 'date' | 'url';
  defaultValue?: string;
  required?: boolean;
  /** A select instead of a text input. */
  options?: { value: string; label: string }[];
}

/**
 * The reference-data editors: a list of plain fields described by the page, hidden ids, one
 * button. Errors show on their field and what was typed comes back after a refusal.
 */
export function FieldsForm({
  action,
  hidden = {},
  fields,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  fields: FieldSpec[];
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {fields.map(({ name, label, hint, type = 'text', defaultValue = '', required = true, options }) =>
        options ? (
          <SelectField
            key={name}
            name={name}
            label={label}
            hint={hint}
            state={state}
            options={options}
            defaultValue={defaultValue}
            required={required}
          />
        ) : (
          <TextField
            key={name}
            name={name}
            label={label}
            hint={hint}
            state={state}
            type={type}
            defaultValue={defaultValue}
            required={required}
            inputMode={type === 'number' ? 'numeric' : undefined}
          />
        ),
      )}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
