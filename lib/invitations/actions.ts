'use server';

import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/auth';
import { requireUser } from '@/lib/auth/session';
import { hashToken } from '@/lib/auth/tokens';
import { homePathFor } from '@/lib/auth/types';
import { formFailure, parseForm, type FormState } from '@/lib/forms';
import { signUpRefusal } from '@/lib/auth/rate-limit';
import { acceptInvitationAsUser, acceptInvitationWithNewAccount } from './mutations';
import { acceptInvitationSchema, attachInvitationSchema } from './schemas';

/** Public: creates the invited person's account and membership, then signs them in. */
export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(acceptInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  // Counted per link (its hash: tokens are never stored) and per address.
  const limited = await signUpRefusal(`invitation:${hashToken(parsed.data.token)}`, formData);
  if (limited) return limited;
  const result = await acceptInvitationWithNewAccount(parsed.data);
  if (!result.ok) return formFailure(result, formData);
  await signIn('credentials', {
    email: result.data.email,
    password: parsed.data.password,
    redirectTo: homePathFor(result.data),
  });
  return { status: 'success' };
}

/** The signed-in account accepts an invitation sent to its own address. */
export async function attachInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(attachInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await acceptInvitationAsUser(user, parsed.data.token);
  if (!result.ok) return formFailure(result, formData);
  redirect(homePathFor(user));
}
