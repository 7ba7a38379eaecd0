'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState, type FormState } from '@/lib/forms';

/**
 * A form of one text field and a button (create an operator, invite by e-mail), with hidden ids.
 * The field keeps what was typed when refused and empties after a success.
 */
export function SingleFieldForm({
  action,
  hidden = {},
  name,
  label,
  hint,
  type = 'text',
  autoComplete,
  submitLabel,
  successTitle,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email';
  autoComplete?: string;
  submitLabel: string;
  successTitle?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} successTitle={successTitle} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <TextField name={name} label={label} hint={hint} type={type} autoComplete={autoComplete} state={state} required />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
