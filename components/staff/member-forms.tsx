'use client';

import { useActionState } from 'react';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { changeRoleAction, revokeStaffAction } from '@/lib/staff/actions';
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

/** Revocation asks for an explicit confirmation (a checked box), which works without JavaScript. */
export function RevokeMemberForm({ membershipId, memberName }: { membershipId: string; memberName: string }) {
  const [state, formAction] = useActionState(revokeStaffAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <CheckboxGroup
        name="confirm"
        legend="Confirmation"
        state={state}
        options={[{ value: 'oui', label: `Je confirme retirer l’accès de ${memberName} au collège.` }]}
      />
      <SubmitButton priority="secondary">Retirer l’accès</SubmitButton>
    </form>
  );
}
