'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { confirmedUserIdSchema, userIdSchema } from '@/lib/admin/schemas';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { rejectRepresentative, signUpRepresentative, validateRepresentative } from './mutations';
import { representativeSignUpSchema } from './schemas';
import { signUpWithVerification } from '@/lib/auth/sign-up';

/** /inscription/referent: creates the account awaiting validation; it signs in once its address is verified. */
export async function signUpRepresentativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return signUpWithVerification(formData, {
    schema: representativeSignUpSchema,
    signUp: signUpRepresentative,
  });
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
