'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import {
  attachHost,
  createOperator,
  detachHost,
  inviteOperatorMember,
  setOperatorApiAccess,
} from './operator-mutations';
import {
  createOperatorSchema,
  inviteOperatorMemberSchema,
  operatorApiAccessSchema,
  operatorHostSchema,
} from './schemas';

export async function createOperatorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(createOperatorSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createOperator(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/operateurs/${result.data.id}`, 'cree'));
}

export async function inviteOperatorMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(inviteOperatorMemberSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await inviteOperatorMember(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(`/admin/operateurs/${parsed.data.operatorId}`);
  return formSuccess(`Invitation envoyée à ${parsed.data.email}. Le lien est valable 7 jours.`);
}

export async function attachHostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(operatorHostSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await attachHost(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/operateurs/${parsed.data.operatorId}`, 'rattachee'));
}

export async function detachHostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(operatorHostSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await detachHost(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/operateurs/${parsed.data.operatorId}`, 'detachee'));
}

export async function setOperatorApiAccessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(operatorApiAccessSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await setOperatorApiAccess(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(`/admin/operateurs/${parsed.data.operatorId}`);
  redirect(
    doneHref(`/admin/operateurs/${parsed.data.operatorId}`, parsed.data.fullAccess ? 'api-complet' : 'api-restreint'),
  );
}
