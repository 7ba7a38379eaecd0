'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { approveDerogation, deactivateUser, reactivateUser, withdrawDerogation } from './mutations';
import { confirmedUserIdSchema, derogationSchema, userIdSchema, withdrawDerogationSchema } from './schemas';

/*
 * Back-office actions: each one checks the admin role itself (a page check does not protect the
 * actions it renders) and the mutation checks it again. Success redirects with ?fait=… so the
 * page that shows the new state also says what was done.
 */

export async function deactivateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(confirmedUserIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deactivateUser(user, parsed.data.userId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/utilisateurs/${parsed.data.userId}`, 'desactive'));
}

export async function reactivateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(userIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await reactivateUser(user, parsed.data.userId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/utilisateurs/${parsed.data.userId}`, 'reactive'));
}

export async function approveDerogationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(derogationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await approveDerogation(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/etablissements/${parsed.data.schoolId}`, 'derogation'));
}

export async function withdrawDerogationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(withdrawDerogationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await withdrawDerogation(user, parsed.data.schoolId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref(`/admin/etablissements/${parsed.data.schoolId}`, 'retrait'));
}
