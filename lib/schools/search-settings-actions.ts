'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { searchRadiusSchema } from './schemas';
import { setNationalSearch, setSearchRadius } from './search-settings-mutations';

/*
 * The head's search settings on /etablissement (head only, checked again by each mutation). The
 * offer search reads the school on each request: revalidating the school page is enough.
 */

const SCHOOL_HOME = '/etablissement';

export async function setSearchRadiusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(searchRadiusSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await setSearchRadius(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(SCHOOL_HOME);
  redirect(doneHref(SCHOOL_HOME, 'rayon-modifie'));
}

export async function openNationalSearchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const result = await setNationalSearch(user, true);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(SCHOOL_HOME);
  redirect(doneHref(SCHOOL_HOME, 'recherche-nationale-ouverte'));
}

export async function closeNationalSearchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const result = await setNationalSearch(user, false);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(SCHOOL_HOME);
  redirect(doneHref(SCHOOL_HOME, 'recherche-nationale-fermee'));
}
