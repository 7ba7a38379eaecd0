'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/auth';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { signUpRefusal } from '@/lib/auth/rate-limit';
import { createClass, registerSchool, updateClass } from './mutations';
import { createClassSchema, registerSchoolSchema, updateClassSchema } from './schemas';

/** Head sign-up, step 2: registers the school, then signs the head in and opens their space. */
export async function registerSchoolAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(registerSchoolSchema, formData);
  if (!parsed.ok) return parsed.state;
  const limited = await signUpRefusal(parsed.data.email, formData);
  if (limited) return limited;
  const result = await registerSchool(parsed.data);
  if (!result.ok) return formFailure(result, formData);
  // Throws the redirect to the head's space: outside any try/catch.
  await signIn('credentials', {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: '/etablissement',
  });
  return { status: 'success' };
}

/** Opens a class, then goes to its page to choose its weeks and main teacher. */
export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(createClassSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createClass(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/etablissement', 'layout');
  redirect(doneHref(`/etablissement/classes/${result.data.id}/modifier`, 'classe-ouverte'));
}

export async function updateClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(updateClassSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateClass(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/etablissement', 'layout');
  redirect(doneHref('/etablissement/classes', 'classe-enregistree', { classe: parsed.data.classId }));
}
