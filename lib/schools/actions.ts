'use server';

import { type FormState } from '@/lib/forms';
import { registerSchool } from './mutations';
import { registerSchoolSchema } from './schemas';
import { signUpWithVerification } from '@/lib/auth/sign-up';

/** Head sign-up, step 2: account and head request; verifying the functional address registers the school. */
export async function registerSchoolAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return signUpWithVerification(formData, {
    schema: registerSchoolSchema,
    signUp: registerSchool,
  });
}
