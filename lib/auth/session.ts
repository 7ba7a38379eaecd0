import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from './auth';
import { loadSessionUser } from './queries';
import type { SessionUser, UserRole } from './types';

/**
 * The signed-in user, re-read from the database once per request (React cache): auth() has
 * checked the session itself (revoked or expired: null, see auth.ts), and the user row is read
 * again so that a disabled account or a revoked membership loses access on its next request.
 * Returns null for anonymous visitors. Usable from pages, actions and route handlers.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? loadSessionUser(id) : null;
});

/** Pages and actions: redirects anonymous visitors to /connexion (never returns null). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/connexion');
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
