'use server';

import { signIn } from '@/lib/auth/auth';
import { formFailure, parseForm, type FormState } from '@/lib/forms';
import { signUpRefusal } from '@/lib/auth/rate-limit';
import { registerSchool } from './mutations';
import { registerSchoolSchema } from './schemas';

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
