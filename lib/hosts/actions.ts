'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { inviteColleague, signUpHost } from './mutations';
import { hostSignUpSchema, inviteColleagueSchema, removeColleagueSchema } from './schemas';
import { removeColleague } from './team-mutations';
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

/** /entreprise/equipe (the organisation's admins) and /admin/structures/[id] (the platform admin). */
export async function removeColleagueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'admin');
  const parsed = parseForm(removeColleagueSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await removeColleague(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/entreprise', 'layout');
  revalidatePath('/admin', 'layout');
  const page = user.role === 'admin' ? `/admin/structures/${parsed.data.organisationId}` : '/entreprise/equipe';
  redirect(doneHref(page, 'retire'));
}
