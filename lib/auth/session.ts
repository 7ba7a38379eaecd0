import 'server-only';
import { forbidden, redirect, unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import { isDemoMode } from '@/lib/demo/accounts';
import { log } from '@/lib/log';
import { auth } from './auth';
import { findUnverifiedAccount, loadSessionUser } from './queries';
import { VERIFICATION_PATH, type HeaderState, type SessionUser, type UserRole } from './types';

export { VERIFICATION_PATH };

/** The account id the request's session names (auth() has checked the session: revoked or expired gives null). */
const sessionUserId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return (session?.user as { id?: string } | undefined)?.id ?? null;
});

/**
 * The signed-in user, re-read from the database once per request (React cache): the user row is
 * read again so that a disabled account, a revoked membership or an address not verified yet loses
 * access on its next request (loadSessionUser returns null for them).
 * Returns null for anonymous visitors. Usable from pages, actions and route handlers.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const id = await sessionUserId();
  return id ? loadSessionUser(id) : null;
});

/** The signed-in account whose address is not verified yet (it can only reach VERIFICATION_PATH), or null. */
export const getUnverifiedAccount = cache(async () => {
  const id = await sessionUserId();
  return id ? findUnverifiedAccount(id) : null;
});

/**
 * The header of the caller (GET /api/session): their role, whether their address awaits
 * verification, and demo mode. The header stays up when the database is not: it then shows the
 * visitor's links.
 */
export async function getHeaderState(): Promise<HeaderState> {
  const demo = isDemoMode();
  try {
    const user = await getCurrentUser();
    if (user) return { role: user.role, unverified: false, demo };
    return { role: null, unverified: Boolean(await getUnverifiedAccount()), demo };
  } catch (error) {
    unstable_rethrow(error);
    log('error', 'header_session_unavailable', { error });
    return { role: null, unverified: false, demo };
  }
}

/**
 * Pages and actions: redirects anonymous visitors to /connexion, and an account whose address is
 * not verified yet to the page that says so (never returns null).
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect((await getUnverifiedAccount()) ? VERIFICATION_PATH : '/connexion');
  return user;
}

/**
 * Pages and actions: redirects anonymous visitors to /connexion and answers 403 (forbidden())
 * to a signed-in user of another role. Route handlers check getCurrentUser() themselves and
 * answer with a JSON 401/403.
 */
export async function requireRole(...roles: UserRole[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}
