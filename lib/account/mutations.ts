import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { userTokens, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { revokeUserSessions } from '@/lib/auth/mutations';
import { clearAttempts, consumeAttempt, returnAttempt } from '@/lib/auth/rate-limit';
import { newToken } from '@/lib/auth/tokens';
import type { SessionUser } from '@/lib/auth/types';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { isPasswordResetLinkValid, usableToken } from './queries';
import type { ChangeEmailInput, ChangePasswordInput } from './schemas';
import { usableAccount } from '@/lib/users/scope';
import { addressProven } from './verification-mutations';

/** Who asks and when: the address feeds the rate limits, `now` lets tests move the clock. */
export interface RequestContext {
  ip: string;
  now?: Date;
}

export const RESET_LINK_LIFETIME_MS = 3600_000;
export const EMAIL_CHANGE_LINK_LIFETIME_MS = 24 * 3600_000;

/** Said whether or not an account exists: the form must not reveal who is registered. */
export const RESET_REQUESTED_MESSAGE =
  'Si un compte existe avec cette adresse, un lien vient d’y être envoyé. Il est valable une heure.';
export const RESET_RATE_LIMITED_MESSAGE =
  'Trop de demandes de réinitialisation pour cette adresse ou depuis votre connexion. Réessayez dans une heure.';
export const LINK_INVALID_MESSAGE =
  'Ce lien n’est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau.';
const EMAIL_TAKEN = 'Cette adresse est déjà utilisée par un autre compte.';

/**
 * Changes the signed-in user's password after checking the current one, voids pending reset links
 * (one of them would otherwise undo the change) and tells the account's address.
 */
export async function changePassword(
  actor: SessionUser,
  input: ChangePasswordInput,
  context: RequestContext,
  db?: Db,
): Promise<ActionResult> {
  db ??= await getDb();
  const refused = await checkCurrentPassword(db, actor, input.currentPassword, context);
  if (refused) return refused;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, actor.id))
      .returning({ email: users.email });
    // Every session ends, this one too: the action signs in again with the new password.
    await revokeUserSessions(tx, actor.id);
    await voidResetLinks(tx, actor.id);
    await enqueueEmail(tx, user!.email, emails.passwordChanged(), actor.id);
    await audit(tx, {
      actorId: actor.id,
      action: 'user.password_changed',
      targetType: 'user',
      targetId: actor.id,
      details: { via: 'account' },
    });
  });
  return { ok: true, data: undefined };
}

/**
 * Starts an address change: nothing changes until the link sent to the new address is opened
 * (proof that the user receives mail there). The current password is required so that a session
 * left open on a shared computer cannot be used to take the account over.
 */
export async function requestEmailChange(
  actor: SessionUser,
  input: ChangeEmailInput,
  context: RequestContext,
  db?: Db,
): Promise<ActionResult<{ newEmail: string }>> {
  db ??= await getDb();
  const now = context.now ?? new Date();
  if (input.newEmail === actor.email)
    return fail('VALIDATION', 'C’est déjà l’adresse de votre compte.', {
      newEmail: ['C’est déjà l’adresse de votre compte.'],
    });
  const refused = await checkCurrentPassword(db, actor, input.currentPassword, context);
  if (refused) return refused;
  // Each request mails a stranger's address: counted like a sign-up for that address.
  if (!(await consumeAttempt('sign_up', input.newEmail, context.ip, now, db))) {
    return fail('RATE_LIMITED', 'Trop de demandes pour cette adresse. Réessayez dans une heure.');
  }
  if (await emailTaken(db, input.newEmail)) return failOn('newEmail', EMAIL_TAKEN, 'EMAIL_TAKEN');

  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    await tx
      .delete(userTokens)
      .where(and(eq(userTokens.userId, actor.id), eq(userTokens.purpose, 'email_change'), isNull(userTokens.usedAt)));
    await tx.insert(userTokens).values({
      userId: actor.id,
      purpose: 'email_change',
      tokenHash: hash,
      newEmail: input.newEmail,
      expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LINK_LIFETIME_MS),
    });
    // The address is not the account's yet: the row names the account, so deleting it removes this mail too.
    await enqueueEmail(tx, input.newEmail, emails.emailChange({ token }), actor.id);
  });
  return { ok: true, data: { newEmail: input.newEmail } };
}

/**
 * Applies an address change from the link sent to the new address. Only the account that asked
 * for it can use the link, signed in: the link proves the mailbox, the session proves the account.
 * Refused if the address was taken in the meantime (the unique index decides under a race). The
 * old address is told, so a hijacked account does not change hands silently, and the reset links
 * sent there stop working: whoever reads the old mailbox can no longer take the account back.
 */
export async function confirmEmailChange(
  actor: SessionUser,
  token: string,
  now = new Date(),
  db?: Db,
): Promise<ActionResult<{ newEmail: string }>> {
  db ??= await getDb();
  try {
    return await db.transaction(async (tx): Promise<ActionResult<{ newEmail: string }>> => {
      const [claimed] = await tx
        .update(userTokens)
        .set({ usedAt: now })
        .where(usableToken('email_change', now, { token, userId: actor.id }))
        .returning({ newEmail: userTokens.newEmail });
      if (!claimed?.newEmail) return fail('NOT_FOUND', LINK_INVALID_MESSAGE);
      const newEmail = claimed.newEmail;
      if (await emailTaken(tx, newEmail))
        return fail('EMAIL_TAKEN', `${EMAIL_TAKEN} Votre adresse n’a pas été modifiée.`);
      const [current] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.id));
      await tx
        .update(users)
        .set({ email: newEmail, emailVerifiedAt: now, updatedAt: now })
        .where(eq(users.id, actor.id));
      await voidResetLinks(tx, actor.id);
      await enqueueEmail(tx, current!.email, emails.emailChanged({ newEmail }), actor.id);
      await audit(tx, { actorId: actor.id, action: 'user.email_changed', targetType: 'user', targetId: actor.id });
      return { ok: true, data: { newEmail } };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique'))
      return fail('EMAIL_TAKEN', `${EMAIL_TAKEN} Votre adresse n’a pas été modifiée.`);
    throw error;
  }
}

/**
 * "Forgotten password": always the same answer whether or not the address has an account, and
 * nothing sent for unknown, disabled or deleted accounts. Rate limited per address and per IP
 * before anything else, so the form cannot be used to flood a mailbox. A new link voids the
 * previous unused ones: only the latest e-mail works.
 */
export async function requestPasswordReset(email: string, context: RequestContext, db?: Db): Promise<ActionResult> {
  db ??= await getDb();
  const now = context.now ?? new Date();
  if (!(await consumeAttempt('password_reset', email, context.ip, now, db)))
    return fail('RATE_LIMITED', RESET_RATE_LIMITED_MESSAGE);
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), usableAccount));
  if (!user) return { ok: true, data: undefined };

  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    await voidResetLinks(tx, user.id);
    await tx.insert(userTokens).values({
      userId: user.id,
      purpose: 'password_reset',
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + RESET_LINK_LIFETIME_MS),
    });
    await enqueueEmail(tx, email.trim().toLowerCase(), emails.passwordReset({ token }), user.id);
  });
  return { ok: true, data: undefined };
}

/**
 * Sets a new password from a reset link. The token is claimed by a single conditional UPDATE, so
 * a link works once even when two submissions race. Disabled or deleted accounts cannot come back
 * this way. Sign-in failures counted against the account are forgotten: the sign-in form tells
 * locked-out users to reset their password.
 */
export async function resetPassword(
  input: { token: string; password: string },
  now = new Date(),
  db?: Db,
): Promise<ActionResult> {
  db ??= await getDb();
  // The form is public and not rate-limited: a link that cannot work costs no scrypt (128 MiB and a
  // few hundred milliseconds of the shared thread pool), so made-up tokens cannot exhaust the server.
  if (!(await isPasswordResetLinkValid(input.token, now, db))) return fail('NOT_FOUND', LINK_INVALID_MESSAGE);
  // Hashed before the transaction: scrypt takes a few hundred milliseconds a transaction should not be held open for.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx): Promise<ActionResult> => {
    const [claimed] = await tx
      .update(userTokens)
      .set({ usedAt: now })
      .where(usableToken('password_reset', now, { token: input.token }))
      .returning({ userId: userTokens.userId });
    if (!claimed) return fail('NOT_FOUND', LINK_INVALID_MESSAGE);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(and(eq(users.id, claimed.userId), usableAccount))
      .returning({ id: users.id, email: users.email });
    if (!user) return fail('NOT_FOUND', LINK_INVALID_MESSAGE);
    // The link reached the address: an account still waiting for its verification link is verified.
    await addressProven(tx, user.id, now);
    // Whoever knew the old password is signed out everywhere.
    await revokeUserSessions(tx, user.id, now);
    await voidResetLinks(tx, user.id);
    await clearAttempts('sign_in', user.email, tx);
    await enqueueEmail(tx, user.email, emails.passwordChanged(), user.id);
    await audit(tx, {
      actorId: user.id,
      action: 'user.password_changed',
      targetType: 'user',
      targetId: user.id,
      details: { via: 'reset_link' },
    });
    return { ok: true, data: undefined };
  });
}

/**
 * Checks the password typed by a signed-in user before a sensitive change. Wrong guesses count
 * as sign-in failures, so a stolen session cannot be used to guess the password faster than the
 * sign-in form allows.
 */
export async function checkCurrentPassword(
  db: Db,
  actor: SessionUser,
  password: string,
  context: RequestContext,
): Promise<ActionResult<never> | null> {
  const now = context.now ?? new Date();
  // Taken before the check and given back when the password is right, as on the sign-in form.
  if (!(await consumeAttempt('sign_in', actor.email, context.ip, now, db))) {
    return fail('RATE_LIMITED', 'Trop de mots de passe incorrects. Réessayez dans 15 minutes.');
  }
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (row?.passwordHash && (await verifyPassword(password, row.passwordHash))) {
    await returnAttempt('sign_in', actor.email, context.ip, now, db);
    return null;
  }
  return fail('VALIDATION', 'Le mot de passe actuel est incorrect.', { currentPassword: ['Mot de passe incorrect.'] });
}

/** Unused password-reset links of the account stop working (a new password, a new link, a new address). */
async function voidResetLinks(tx: Db, userId: string): Promise<void> {
  await tx
    .delete(userTokens)
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, 'password_reset'), isNull(userTokens.usedAt)));
}

async function emailTaken(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return Boolean(row);
}
