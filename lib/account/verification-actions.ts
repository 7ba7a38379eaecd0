'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/auth/rate-limit';
import { getCurrentUser, getUnverifiedAccount } from '@/lib/auth/session';
import { doneHref, formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { tokenSchema } from './schemas';
import { resendVerificationLink, verifyEmail } from './verification-mutations';

/**
 * Public: the link's token is the authorisation, claimed once. Someone already signed in as that
 * account goes on to their space; anyone else signs in.
 */
export async function verifyEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(tokenSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await verifyEmail(parsed.data.token);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/', 'layout');
  const user = await getCurrentUser();
  redirect(user?.id === result.data.userId ? '/espace' : doneHref('/connexion', 'adresse-verifiee'));
}

/** "Renvoyer le lien", for the signed-in account whose address is not verified yet. */
export async function resendVerificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const account = await getUnverifiedAccount();
  // Verified meanwhile, or signed out: /espace sends each to the right place.
  if (!account) redirect('/espace');
  const result = await resendVerificationLink(account, { ip: clientIp(await headers()) });
  if (!result.ok) return formFailure(result, formData);
  return formSuccess(
    `Un nouveau lien vient d’être envoyé à ${account.email}. Il est valable 48 heures ; les liens précédents ne fonctionnent plus.`,
  );
}
