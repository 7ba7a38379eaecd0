'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import type { FormState } from '@/lib/forms';

/*
 * Form fields for `<form action>` + useActionState forms: each shows its error from
 * state.fieldErrors (DSFR links it with aria-describedby) and refills from state.values, so a
 * refused submission loses nothing. React resets uncontrolled fields after an action; the `key`
 * re-mounts them with the returned value.
 */

interface FieldProps {
  name: string;
  label: ReactNode;
  state: FormState;
  hint?: ReactNode;
}

const errorOf = (state: FormState, name: string) => state.fieldErrors?.[name];
const valueOf = (state: FormState, name: string) => {
  const value = state.values?.[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
};
const listOf = (state: FormState, name: string): string[] => {
  const value = state.values?.[`${name}[]`] ?? state.values?.[name];
  return Array.isArray(value) ? value : value ? [value] : [];
};

export function TextField({
  name,
  label,
  state,
  hint,
  type = 'text',
  autoComplete,
  required = false,
  maxLength,
  textArea = false,
  defaultValue = '',
  inputMode,
}: FieldProps & {
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'url';
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  textArea?: boolean;
  defaultValue?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
}) {
  const error = errorOf(state, name);
  const value = state.values ? valueOf(state, name) : defaultValue;
  // An e-mail address has 254 characters at most (RFC 5321), as every schema checks.
  const common = {
    name,
    required,
    maxLength: maxLength ?? (type === 'email' ? 254 : undefined),
    defaultValue: value,
    'aria-invalid': error ? true : undefined,
  } as const;
  return (
    <Input
      key={`${name}:${value}`}
      label={label}
      hintText={hint}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      {...(textArea
        ? { textArea: true as const, nativeTextAreaProps: { ...common, rows: 6 } }
        : {
            nativeInputProps: {
              ...common,
              type,
              autoComplete,
              inputMode,
              spellCheck: type === 'email' ? false : undefined,
            },
          })}
    />
  );
}

export function PasswordField({
  name,
  label,
  state,
  hint,
  autoComplete = 'new-password',
}: FieldProps & { autoComplete?: 'new-password' | 'current-password' }) {
  const error = errorOf(state, name);
  return (
    <PasswordInput
      label={label}
      hintText={hint}
      messagesHint=""
      messages={error ? [{ message: error, severity: 'error' }] : []}
      nativeInputProps={{ name, autoComplete, required: true, 'aria-invalid': error ? true : undefined }}
    />
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  options,
  placeholder = 'Sélectionnez une option',
  defaultValue = '',
  required = true,
}: FieldProps & {
  options: { value: string; label: string }[];
  placeholder?: string;
  defaultValue?: string;
  required?: boolean;
}) {
  const error = errorOf(state, name);
  const value = state.values ? valueOf(state, name) : defaultValue;
  return (
    <Select
      key={`${name}:${value}`}
      label={label}
      hint={hint}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      nativeSelectProps={{ name, required, defaultValue: value, 'aria-invalid': error ? true : undefined }}
    >
      <option value="" disabled={required}>
        {placeholder}
      </option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

export function RadioField({
  name,
  legend,
  state,
  hint,
  options,
  defaultValue,
  inline = false,
}: Omit<FieldProps, 'label'> & {
  legend: ReactNode;
  options: { value: string; label: ReactNode; hint?: ReactNode }[];
  defaultValue?: string;
  inline?: boolean;
}) {
  const error = errorOf(state, name);
  const value = state.values ? valueOf(state, name) : defaultValue;
  return (
    <RadioButtons
      key={`${name}:${value}`}
      legend={legend}
      hintText={hint}
      orientation={inline ? 'horizontal' : 'vertical'}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={options.map((option) => ({
        label: option.label,
        hintText: option.hint,
        nativeInputProps: { name, value: option.value, defaultChecked: option.value === value },
      }))}
    />
  );
}

/** A group of checkboxes submitted as `name[]` (parseForm gives an array under `name`). */
export function CheckboxGroup({
  name,
  legend,
  state,
  hint,
  options,
  defaultValues = [],
  small = false,
}: Omit<FieldProps, 'label'> & {
  legend: ReactNode;
  options: { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean }[];
  defaultValues?: string[];
  small?: boolean;
}) {
  const error = errorOf(state, name);
  const checked = state.values ? listOf(state, name) : defaultValues;
  return (
    <Checkbox
      key={`${name}:${checked.join(',')}`}
      legend={legend}
      hintText={hint}
      small={small}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={options.map((option) => ({
        label: option.label,
        hintText: option.hint,
        nativeInputProps: {
          name: `${name}[]`,
          value: option.value,
          defaultChecked: checked.includes(option.value),
          disabled: option.disabled,
        },
      }))}
    />
  );
}

/** The form-level message: an error summary (role=alert) or a success confirmation. */
export function FormAlert({ state, successTitle = 'C’est fait' }: { state: FormState; successTitle?: string }) {
  if (state.status === 'idle' || !state.message) return null;
  return (
    <Alert
      className={fr.cx('fr-mb-3w')}
      severity={state.status === 'error' ? 'error' : 'success'}
      as="h2"
      small={false}
      title={state.status === 'error' ? 'Impossible d’enregistrer' : successTitle}
      description={state.message}
      role={state.status === 'error' ? 'alert' : 'status'}
    />
  );
}

/** Disabled while the form is submitting, with the pending label read by screen readers. */
export function SubmitButton({
  children,
  pendingLabel = 'Envoi en cours…',
  priority,
}: {
  children: ReactNode;
  pendingLabel?: string;
  priority?: 'primary' | 'secondary' | 'tertiary';
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} priority={priority} aria-busy={pending || undefined}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
