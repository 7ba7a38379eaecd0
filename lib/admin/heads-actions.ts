'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { decideHeadRequest, removeHead, replaceHead } from './heads-mutations';
import { decideHeadRequestSchema, removeHeadSchema, replaceHeadSchema } from './heads-schemas';

/* Each action checks the admin role itself; the mutation checks it again. */

export async function decideHeadRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(decideHeadRequestSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await decideHeadRequest(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref('/admin/etablissements/demandes', parsed.data.decision === 'approve' ? 'approuvee' : 'refusee'));
}

export async function replaceHeadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(replaceHeadSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await replaceHead(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/etablissements/${parsed.data.schoolId}`, 'chef-remplace'));
}

export async function removeHeadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(removeHeadSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await removeHead(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/etablissements/${parsed.data.schoolId}`, 'chef-retire'));
}
