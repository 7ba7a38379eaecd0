'use client';

import type { ReactNode } from 'react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';

/*
 * DSFR fields for react-hook-form forms (inside a FormProvider): the same look as fields.tsx, the
 * value kept in the form's state (nothing typed is lost when the server refuses), the error of
 * the zod schema or the server under the field and linked by aria-describedby (DSFR does it).
 * fields.tsx serves the plain `<form action>` forms; these serve the multi-step offer form.
 */

interface HookFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}

function useFieldError(name: string): string | undefined {
  const { formState, getFieldState } = useFormContext();
  return getFieldState(name, formState).error?.message;
}

export function HookTextField({
  name,
  label,
  hint,
  type = 'text',
  textArea = false,
  rows = 6,
  maxLength,
  autoComplete,
  inputMode,
  required = false,
  min,
  max,
  step,
}: HookFieldProps & {
  type?: 'text' | 'email' | 'tel' | 'number' | 'time';
  textArea?: boolean;
  rows?: number;
  maxLength?: number;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel' | 'decimal';
  required?: boolean;
  min?: number | string;
  max?: number | string;
  step?: number;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const common = { ...register(name), required, maxLength, 'aria-invalid': error ? true : undefined } as const;
  return (
    <Input
      label={label}
      hintText={hint}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      {...(textArea
        ? { textArea: true as const, nativeTextAreaProps: { ...common, rows } }
        : { nativeInputProps: { ...common, type, autoComplete, inputMode, min, max, step } })}
    />
  );
}

export function HookSelectField({
  name,
  label,
  hint,
  options,
  placeholder = 'Sélectionnez une option',
}: HookFieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Select
      label={label}
      hint={hint}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      nativeSelectProps={{ ...register(name), required: true, 'aria-invalid': error ? true : undefined }}
    >
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

export function HookRadioField({
  name,
  legend,
  hint,
  options,
}: Omit<HookFieldProps, 'label'> & {
  legend: ReactNode;
  options: { value: string; label: ReactNode; hint?: ReactNode }[];
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <RadioButtons
      legend={legend}
      hintText={hint}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={options.map((option) => ({
        label: option.label,
        hintText: option.hint,
        nativeInputProps: { ...register(name), value: option.value },
      }))}
    />
  );
}

/** One checkbox bound to a boolean. */
export function HookCheckbox({ name, label, hint }: HookFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Checkbox
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={[{ label, hintText: hint, nativeInputProps: register(name) }]}
    />
  );
}

/** Checkboxes bound to an array of values (react-hook-form collects the checked ones). */
export function HookCheckboxGroup<T extends FieldValues>({
  name,
  legend,
  hint,
  options,
  small = false,
}: Omit<HookFieldProps, 'label' | 'name'> & {
  name: Path<T>;
  legend: ReactNode;
  options: { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean }[];
  small?: boolean;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  return (
    <Checkbox
      legend={legend}
      hintText={hint}
      small={small}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={options.map((option) => ({
        label: option.label,
        hintText: option.hint,
        nativeInputProps: { ...register(name), value: option.value, disabled: option.disabled },
      }))}
    />
  );
}
