'use client';

import { useActionState } from 'react';
import { FormAlert, SelectField, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { changeRoleAction } from '@/lib/staff/actions';
import { memberRoleOptions } from '@/lib/staff/schemas';

export function ChangeRoleForm({ membershipId, role }: { membershipId: string; role: string }) {
  const [state, formAction] = useActionState(changeRoleAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <SelectField name="role" label="Rôle" state={state} options={memberRoleOptions} defaultValue={role} />
      <SubmitButton>Modifier le rôle</SubmitButton>
    </form>
  );
}
