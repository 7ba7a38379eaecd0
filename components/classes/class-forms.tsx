'use client';

import { useActionState } from 'react';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { initialFormState, type FormState } from '@/lib/forms';
import { createClassAction, updateClassAction } from '@/lib/classes/actions';

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
 * teacher editing their own class) and internship weeks among the campaign's future weeks.
 */
export function EditClassForm({
  schoolClass,
  teachers,
  weekOptions,
}: {
  schoolClass: { id: string; name: string; mainTeacherId: string | null; weeks: string[] };
  teachers: { id: string; name: string }[] | null;
  weekOptions: { value: string; label: string }[];
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
      {weekOptions.length > 0 ? (
        <CheckboxGroup
          name="weeks"
          legend="Semaines de stage"
          hint="Une ou plusieurs semaines entre mi-octobre et fin avril. Les collèges d’un même secteur évitent autant que possible de retenir la même semaine : les offres des entreprises et des administrations proches se répartissent mieux (circulaire du 31 juillet 2019, IV)."
          state={state}
          options={weekOptions}
          defaultValues={schoolClass.weeks}
          small
        />
      ) : (
        <p>Il ne reste aucune semaine de stage à venir pour cette campagne.</p>
      )}
      <SubmitButton>Enregistrer la classe</SubmitButton>
    </form>
  );
}
