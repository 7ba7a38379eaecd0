'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/auth/auth';
import { clientIp } from '@/lib/auth/rate-limit';
import { requireUser } from '@/lib/auth/session';
import { doneHref, formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { deleteAccount } from './deletion-mutations';
import { signOutEverywhere } from './session-mutations';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
  RESET_REQUESTED_MESSAGE,
} from './mutations';
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signOutEverywhereSchema,
  tokenSchema,
} from './schemas';

async function requestContext() {
  return { ip: clientIp(await headers()) };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(changePasswordSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await changePassword(user, parsed.data, await requestContext());
  if (!result.ok) return formFailure(result, formData);
  // The change signed out every session, this one too: sign in again with the new password.
  await signIn('credentials', {
    email: user.email,
    password: parsed.data.newPassword,
    redirectTo: doneHref('/compte/mot-de-passe', 'mot-de-passe-modifie'),
  });
  return formSuccess('Votre mot de passe a été modifié.');
}

export async function requestEmailChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(changeEmailSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await requestEmailChange(user, parsed.data, await requestContext());
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/compte');
  return formSuccess(
    `Un lien de confirmation a été envoyé à ${result.data.newEmail}. Ouvrez-le dans les 24 heures, en étant connecté à votre compte : votre adresse ne change qu’à ce moment-là.`,
  );
}

export async function confirmEmailChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(tokenSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await confirmEmailChange(user, parsed.data.token);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/compte');
  redirect(doneHref('/compte', 'adresse-modifiee'));
}

/** Ends the session once the account is gone; /compte is closed to anonymous visitors, so the confirmation shows on /connexion. */
export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(deleteAccountSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteAccount(user, parsed.data, await requestContext());
  if (!result.ok) return formFailure(result, formData);
  await signOut({ redirectTo: doneHref('/connexion', 'compte-supprime') });
  return formSuccess('Votre compte a été supprimé.');
}

/**
 * Ends every session of the account, this one included, then clears this browser's cookie and its
 * cached pages (as signOutAction does): the sign-in page says what happened.
 */
export async function signOutEverywhereAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(signOutEverywhereSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await signOutEverywhere(user);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/', 'layout');
  await signOut({ redirectTo: doneHref('/connexion', 'deconnecte-partout') });
  return formSuccess('Vous êtes déconnecté de tous les appareils.');
}

/** Public: the same answer for every address (see requestPasswordReset). */
export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(forgotPasswordSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await requestPasswordReset(parsed.data.email, await requestContext());
  if (!result.ok) return formFailure(result, formData);
  return formSuccess(RESET_REQUESTED_MESSAGE);
}

/** Public: the token is the authorisation; it is claimed once. */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(resetPasswordSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await resetPassword(parsed.data);
  if (!result.ok) return formFailure(result, formData);
  redirect(doneHref('/connexion', 'mot-de-passe-reinitialise'));
}
