'use server';

import { type FormState } from '@/lib/forms';
import { registerSchool } from './mutations';
import { registerSchoolSchema } from './schemas';
import { signUpAndSignIn } from '@/lib/auth/sign-up';

/** Head sign-up, step 2: registers the school, then signs the head in and opens their space. */
export async function registerSchoolAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return signUpAndSignIn(formData, {
    schema: registerSchoolSchema,
    signUp: registerSchool,
    redirectTo: '/etablissement',
  });
}
