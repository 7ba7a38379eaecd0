'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { reinstateOrganisation, suspendOrganisation } from './suspension-mutations';
import { reinstateOrganisationSchema, suspendOrganisationSchema } from './suspension-schemas';

/* Each action checks the admin role itself; the mutation checks it again. The search changes at once. */

export async function suspendOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(suspendOrganisationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await suspendOrganisation(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/', 'layout');
  redirect(doneHref(`/admin/structures/${parsed.data.organisationId}`, 'suspendue'));
}

export async function reinstateOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(reinstateOrganisationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await reinstateOrganisation(user, parsed.data.organisationId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/', 'layout');
  redirect(doneHref(`/admin/structures/${parsed.data.organisationId}`, 'retablie'));
}
