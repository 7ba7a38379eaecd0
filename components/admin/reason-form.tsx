'use client';

import { useActionState, type ReactNode } from 'react';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { FormAlert, RadioField, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState, type FormState } from '@/lib/forms';

/**
 * An admin decision that must say why (decide a head request, replace or remove a head, suspend an
 * organisation): an optional choice, the written reason that is recorded and sent, and, for a
 * destructive action, the "Je confirme" box the server checks too.
 */
export function ReasonForm({
  action,
  hidden,
  choice,
  reasonLabel,
  reasonHint,
  confirmLabel,
  submitLabel,
  priority = 'primary',
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  /** A radio group (two or three options) or a select (a list of people). */
  choice?: { name: string; label: string; options: { value: string; label: string }[]; as: 'radio' | 'select' };
  reasonLabel: string;
  reasonHint?: string;
  confirmLabel?: ReactNode;
  submitLabel: ReactNode;
  priority?: 'primary' | 'secondary';
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {choice?.as === 'radio' && (
        <RadioField name={choice.name} legend={choice.label} state={state} options={choice.options} inline />
      )}
      {choice?.as === 'select' && (
        <SelectField name={choice.name} label={choice.label} state={state} options={choice.options} />
      )}
      <TextField name="reason" label={reasonLabel} hint={reasonHint} state={state} textArea required maxLength={1000} />
      {confirmLabel && <ConfirmCheckbox label={confirmLabel} state={state} />}
      <SubmitButton priority={priority}>{submitLabel}</SubmitButton>
    </form>
  );
}
