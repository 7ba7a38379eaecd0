import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userTokens, users, type NewUser } from '@/db/schema';
import { newToken } from '@/lib/auth/tokens';
import { fail, type ActionResult } from '@/lib/errors';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';

export const EMAIL_TAKEN_MESSAGE =
  'Un compte existe déjà avec cette adresse. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.';

/** How long the link that verifies a new account's address works. */
export const VERIFICATION_LINK_LIFETIME_MS = 48 * 3600_000;

/**
 * Creates an account inside the caller's transaction (sign-ups create the account and its
 * membership together). Hash the password with hashPassword() before opening the transaction:
 * scrypt takes a few hundred milliseconds a transaction should not be held open for.
 *
 * `via` says what proves the address:
 * - 'invitation': the invitation link was opened, so the address is verified at once; an address
 *   already in use is refused with EMAIL_TAKEN (the invitation page says so to its addressee);
 * - 'sign_up' (public sign-up forms): the account starts unverified and a verification link is
 *   e-mailed. An address already in use still answers EMAIL_TAKEN to the domain function, which
 *   stops there, but the public answer is the same as a success (signUpWithVerification): instead,
 *   the owner of the address is told by e-mail. Both branches commit an e-mail, so the work and the
 *   answer do not reveal who has an account.
 * The unique index decides when two requests race for one address.
 */
export async function createAccount(
  tx: Db,
  input: {
    email: string;
    passwordHash: string | null;
    firstName: string;
    lastName: string;
    role: NewUser['role'];
    status?: NewUser['status'];
    via: 'invitation' | 'sign_up';
  },
): Promise<ActionResult<{ id: string }>> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  const [created] = existing
    ? []
    : await tx
        .insert(users)
        .values({
          email,
          passwordHash: input.passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          role: input.role,
          status: input.status ?? 'active',
          emailVerifiedAt: input.via === 'invitation' ? new Date() : null,
        })
        .onConflictDoNothing()
        .returning({ id: users.id });
  if (!created) {
    if (input.via === 'sign_up') await warnAddressOwner(tx, email);
    return fail('EMAIL_TAKEN', EMAIL_TAKEN_MESSAGE, { email: ['Cette adresse est déjà utilisée.'] });
  }
  if (input.via === 'sign_up') await issueVerificationLink(tx, { id: created.id, email, role: input.role });
  return { ok: true, data: created };
}

/**
 * E-mails a new single-use verification link to the account's address. Only the SHA-256 of the
 * token is stored; the previous unused links of the account stop working (only the latest e-mail
 * works). The caller rate-limits re-sending.
 */
export async function issueVerificationLink(
  tx: Db,
  account: { id: string; email: string; role: NewUser['role'] },
  now = new Date(),
): Promise<void> {
  const { token, hash } = newToken();
  await tx
    .delete(userTokens)
    .where(
      and(eq(userTokens.userId, account.id), eq(userTokens.purpose, 'email_verification'), isNull(userTokens.usedAt)),
    );
  await tx.insert(userTokens).values({
    userId: account.id,
    purpose: 'email_verification',
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + VERIFICATION_LINK_LIFETIME_MS),
  });
  await enqueueEmail(tx, account.email, emails.emailVerification({ token, pupil: account.role === 'pupil' }));
}

/** Someone signed up with an address that has an account: its owner is told (nothing for a disabled account). */
async function warnAddressOwner(tx: Db, email: string): Promise<void> {
  const [owner] = await tx
    .select({ role: users.role, status: users.status })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)));
  if (!owner || owner.status === 'disabled') return;
  await enqueueEmail(tx, email, emails.signUpWithTakenAddress({ pupil: owner.role === 'pupil' }));
}
