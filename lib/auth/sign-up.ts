import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/errors';
import { FORM_ERRORS_MESSAGE, formFailure, parseForm, PUPIL_FORM_ERRORS_MESSAGE, type FormState } from '@/lib/forms';
import { signIn } from './auth';
import { signUpRefusal } from './rate-limit';

const RATE_LIMITED = {
  adult: 'Trop de demandes d’inscription en peu de temps. Réessayez dans une heure.',
  pupil: 'Trop de demandes d’inscription en peu de temps. Réessaie dans une heure.',
};

/**
 * The one shape of the public sign-up actions: parse the form (a refused form costs no attempt
 * and no database work), count the attempt against the address and the caller's IP, let the
 * domain function create the account (it hashes the password), then sign the person in and open
 * their space. Auth.js throws the redirect: nothing here catches it.
 */
export async function signUpAndSignIn<T extends { email: string; password: string }>(
  formData: FormData,
  {
    schema,
    signUp,
    redirectTo,
    speaksTo = 'adult',
  }: {
    schema: z.ZodType<T>;
    signUp: (input: T) => Promise<ActionResult<unknown>>;
    redirectTo: string;
    /** Pupils are addressed with "tu". */
    speaksTo?: 'adult' | 'pupil';
  },
): Promise<FormState> {
  const parsed = parseForm(schema, formData, speaksTo === 'pupil' ? PUPIL_FORM_ERRORS_MESSAGE : FORM_ERRORS_MESSAGE);
  if (!parsed.ok) return parsed.state;
  const { email, password } = parsed.data;
  const limited = await signUpRefusal(email, formData);
  if (limited) return { ...limited, message: RATE_LIMITED[speaksTo] };
  const result = await signUp(parsed.data);
  if (!result.ok) return formFailure(result, formData);
  await signIn('credentials', { email, password, redirectTo });
  return { status: 'success' };
}
