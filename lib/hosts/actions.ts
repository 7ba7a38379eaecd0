'use server';

import { revalidatePath } from 'next/cache';
import { signIn } from '@/lib/auth/auth';
import { requireRole } from '@/lib/auth/session';
import { signUpRefusal } from '@/lib/auth/rate-limit';
import { formFailure, formSuccess, initialFormState, parseForm, type FormState } from '@/lib/forms';
import { inviteColleague, signUpHost } from './mutations';
import { hostSignUpSchema, inviteColleagueSchema } from './schemas';

/** /inscription/structure: creates the organisation and its first member, then signs them in. */
export async function signUpHostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Parsed before the rate limit: a refused form costs no attempt and no database work.
  const parsed = parseForm(hostSignUpSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { email, password } = parsed.data;
  const refusal = await signUpRefusal(email, formData);
  if (refusal) return refusal;
  const result = await signUpHost(parsed.data);
  if (!result.ok) return formFailure(result, formData);
  // Throws the redirect to /entreprise: outside any try/catch.
  await signIn('credentials', { email, password, redirectTo: '/entreprise' });
  return initialFormState;
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
