'use client';

import { useActionState } from 'react';
import { FormAlert, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState, type FormState } from '@/lib/forms';
import { createClassAction, updateClassAction } from '@/lib/classes/actions';
import type { WeekPicker } from '@/lib/schools/week-picker-rules';
import { WeekPickerField } from './week-picker-field';

/** The class name as the school uses it (40 characters at most, as the database checks). */
function ClassNameField({ state, defaultValue }: { state: FormState; defaultValue?: string }) {
  return (
    <TextField
      name="name"
      label="Nom de la classe"
      hint="Tel que le collège la nomme, par exemple « 3e A »."
      state={state}
      required
      maxLength={40}
      defaultValue={defaultValue}
      autoComplete="off"
    />
  );
}

export function CreateClassForm() {
  const [state, formAction] = useActionState(createClassAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <ClassNameField state={state} />
      <SubmitButton>Ouvrir la classe</SubmitButton>
    </form>
  );
}

/**
 * Name, main teacher (offered to the head and school-wide staff only: `teachers` is null for a main
 * teacher editing their own class) and internship weeks among the campaign's future weeks, with what
 * helps choose them (WeekPickerField).
 */
export function EditClassForm({
  schoolClass,
  teachers,
  weekPicker,
}: {
  schoolClass: { id: string; name: string; mainTeacherId: string | null; weeks: string[] };
  teachers: { id: string; name: string }[] | null;
  weekPicker: WeekPicker;
}) {
  const [state, formAction] = useActionState(updateClassAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="classId" value={schoolClass.id} />
      <ClassNameField state={state} defaultValue={schoolClass.name} />
      {teachers && (
        <SelectField
          name="mainTeacherId"
          label="Professeur principal"
          hint="Parmi les professeurs de l’équipe du collège. Invitez-le depuis la page Équipe s’il n’a pas encore de compte."
          state={state}
          options={teachers.map((teacher) => ({ value: teacher.id, label: teacher.name }))}
          placeholder="Pas encore de professeur principal"
          required={false}
          defaultValue={schoolClass.mainTeacherId ?? ''}
        />
      )}
      <WeekPickerField picker={weekPicker} recorded={schoolClass.weeks} state={state} />
      <SubmitButton>Enregistrer la classe</SubmitButton>
    </form>
  );
}
