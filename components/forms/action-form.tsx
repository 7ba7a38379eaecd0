'use client';

import { useActionState, type ReactNode } from 'react';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState, type FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A one-button form for an action on one thing (validate, attach, publish, archive…). With
 * `confirmLabel`, the action is destructive: a "Je confirme" checkbox must be ticked, which the
 * server checks too, so it works without JavaScript and cannot be triggered by a stray click.
 * With `reason`, a required text area named `reason` (kept when the form is refused) before the confirmation.
 */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  confirmLabel,
  reason,
  priority = 'primary',
  children,
}: {
  action: Action;
  hidden: Record<string, string>;
  /** The button's text; make it unique on the page (e.g. with a visually hidden name). */
  submitLabel: ReactNode;
  confirmLabel?: ReactNode;
  reason?: { label: string; hint?: string; maxLength: number };
  priority?: 'primary' | 'secondary' | 'tertiary';
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {reason && <TextField name="reason" {...reason} state={state} textArea required />}
      {confirmLabel && <ConfirmCheckbox label={confirmLabel} state={state} />}
      <SubmitButton priority={priority}>{submitLabel}</SubmitButton>
    </form>
  );
}
