'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/session';
import { formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { inviteColleague, signUpHost } from './mutations';
import { hostSignUpSchema, inviteColleagueSchema } from './schemas';
import { signUpWithVerification } from '@/lib/auth/sign-up';

/** /inscription/structure: creates the organisation and its first member, who then verifies their address. */
export async function signUpHostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return signUpWithVerification(formData, { schema: hostSignUpSchema, signUp: signUpHost });
}

/** /entreprise/equipe: e-mails a colleague a link to join the member's own organisation. */
export async function inviteColleagueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host');
  const parsed = parseForm(inviteColleagueSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await inviteColleague(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/entreprise/equipe');
  return formSuccess(`Invitation envoyée à ${parsed.data.email}. Le lien est valable 7 jours.`);
}
