'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { signIn, signOut } from './auth';
import { initialFormState, type FormState } from '@/lib/forms';
import { signInSchema } from './schemas';

const GENERIC_FAILURE = 'Adresse électronique ou mot de passe incorrect.';
const RATE_LIMITED = 'Trop de tentatives de connexion. Réessayez dans 15 minutes ou réinitialisez votre mot de passe.';

/** Sign-in form action: on success Auth.js redirects to the callback URL or to `/` which routes by role. */
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get('email') ?? '');
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') });
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? GENERIC_FAILURE, email);
  const callbackUrl = safeCallback(String(formData.get('callbackUrl') ?? ''), (await headers()).get('host'));
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: callbackUrl ?? '/espace' });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return refused(code === 'rate_limited' ? RATE_LIMITED : GENERIC_FAILURE, email);
    }
    throw error; // the redirect on success travels as an error Next.js handles
  }
  return initialFormState;
}

/**
 * Revokes the session on the server (auth.ts, events.signOut) and clears the cookie. Revalidating
 * the whole tree first also drops the pages the browser's router cached or prefetched while signed
 * in: going back or following a prefetched link after signing out shows no signed-in page.
 */
export async function signOutAction(): Promise<void> {
  revalidatePath('/', 'layout');
  await signOut({ redirectTo: '/' });
}

/** One message for the whole form, never which of the e-mail or the password was wrong; the e-mail is kept. */
function refused(message: string, email: string): FormState {
  return { status: 'error', message, values: { email } };
}

/** Only same-site paths: an attacker's link must not bounce users to another site after sign-in. */
function safeCallback(value: string, host: string | null): string | undefined {
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  try {
    // Dot segments can rebuild a scheme-relative address: '/.//evil.example' resolves to '//evil.example'.
    const path = new URL(value, `http://${host ?? 'localhost'}`).pathname;
    return path.startsWith('//') ? undefined : path;
  } catch {
    return undefined;
  }
}
