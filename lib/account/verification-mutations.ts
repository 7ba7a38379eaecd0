import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { userTokens, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { consumeAttempt } from '@/lib/auth/rate-limit';
import { fail, type ActionResult } from '@/lib/errors';
import { approveFunctionalHeadRequest } from '@/lib/schools/mutations';
import { announceJoinRequests } from '@/lib/staff/join-mutations';
import { issueVerificationLink } from '@/lib/users/mutations';
import { usableAccount } from '@/lib/users/scope';
import { LINK_INVALID_MESSAGE, type RequestContext } from './mutations';
import { usableToken } from './queries';
import type { UserRole } from '@/lib/auth/types';

export const VERIFICATION_RESENT_RATE_LIMITED =
  'Trop de liens demandés pour cette adresse ou depuis votre connexion. Réessayez dans une heure.';

/**
 * Verifies an account's address from the link e-mailed at sign-up (or re-sent). The token is
 * claimed by a single conditional UPDATE: a link works once, even when two submissions race, and
 * only while it has not expired. What waited for the address to be proven happens in the same
 * transaction: a head who signed up with the school's functional address becomes its head (the
 * school is registered), the head of a school a staff member asked to join is told. The person
 * then signs in (or, already signed in as that account, goes on).
 */
export async function verifyEmail(
  token: string,
  now = new Date(),
  db?: Db,
): Promise<ActionResult<{ userId: string; email: string }>> {
  db ??= await getDb();
  return db.transaction(async (tx): Promise<ActionResult<{ userId: string; email: string }>> => {
    const [claimed] = await tx
      .update(userTokens)
      .set({ usedAt: now })
      .where(usableToken('email_verification', now, { token }))
      .returning({ userId: userTokens.userId });
    if (!claimed) return fail('NOT_FOUND', LINK_INVALID_MESSAGE);
    const user = await addressProven(tx, claimed.userId, now);
    return user ? { ok: true, data: { userId: user.id, email: user.email } } : fail('NOT_FOUND', LINK_INVALID_MESSAGE);
  });
}

/**
 * The account's holder opened a link sent to its address (the verification link, or a password
 * reset link, which proves the same mailbox): the address is verified, if it was not, and what
 * waited for that proof happens in the caller's transaction. Returns the account when it was
 * waiting, null otherwise (already verified, disabled or deleted).
 */
export async function addressProven(tx: Db, userId: string, now: Date): Promise<{ id: string; email: string } | null> {
  const [user] = await tx
    .update(users)
    .set({ emailVerifiedAt: now, updatedAt: now })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt), usableAccount))
    .returning({ id: users.id, email: users.email });
  if (!user) return null;
  await tx
    .delete(userTokens)
    .where(
      and(eq(userTokens.userId, user.id), eq(userTokens.purpose, 'email_verification'), isNull(userTokens.usedAt)),
    );
  await audit(tx, { actorId: user.id, action: 'user.email_verified', targetType: 'user', targetId: user.id });
  await approveFunctionalHeadRequest(tx, user.id, now);
  await announceJoinRequests(tx, user.id);
  return user;
}

/**
 * "Renvoyer le lien" on the page an unverified account lands on: a new link replaces the previous
 * ones. Counted like a sign-up for that address (each request mails it), so it cannot flood a mailbox.
 */
export async function resendVerificationLink(
  account: { id: string; email: string; role: UserRole },
  context: RequestContext,
  db?: Db,
): Promise<ActionResult> {
  db ??= await getDb();
  const now = context.now ?? new Date();
  if (!(await consumeAttempt('sign_up', account.email, context.ip, now, db)))
    return fail('RATE_LIMITED', VERIFICATION_RESENT_RATE_LIMITED);
  return db.transaction(async (tx): Promise<ActionResult> => {
    // Re-read: the account may have been verified (or deleted) since the page was shown.
    const [current] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, account.id), isNull(users.emailVerifiedAt), usableAccount));
    if (!current) return fail('ALREADY_DONE', 'Votre adresse est déjà vérifiée : connectez-vous.');
    await issueVerificationLink(tx, account, now);
    return { ok: true, data: undefined };
  });
}
