'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/auth';
import { requireRole } from '@/lib/auth/session';
import { signUpRefusal } from '@/lib/auth/rate-limit';
import { confirmedUserIdSchema, userIdSchema } from '@/lib/admin/schemas';
import { doneHref, formFailure, initialFormState, parseForm, type FormState } from '@/lib/forms';
import { rejectRepresentative, signUpRepresentative, validateRepresentative } from './mutations';
import { representativeSignUpSchema } from './schemas';

/** /inscription/referent: creates the account awaiting validation, then signs it in on /pilotage. */
export async function signUpRepresentativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Parsed before the rate limit: a refused form costs no attempt and no database work.
  const parsed = parseForm(representativeSignUpSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { email, password } = parsed.data;
  const refusal = await signUpRefusal(email, formData);
  if (refusal) return refusal;
  const result = await signUpRepresentative(parsed.data);
  if (!result.ok) return formFailure(result, formData);
  await signIn('credentials', { email, password, redirectTo: '/pilotage' });
  return initialFormState;
}

/** /admin/referents: opens a representative's dashboard and e-mails them. */
export async function validateRepresentativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(userIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await validateRepresentative(user, parsed.data.userId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref('/admin/referents', 'valide'));
}

/** /admin/referents/[id]: refuses a request after the "Je confirme" checkbox. */
export async function rejectRepresentativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(confirmedUserIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await rejectRepresentative(user, parsed.data.userId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  redirect(doneHref('/admin/referents', 'refuse'));
}
