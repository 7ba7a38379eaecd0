import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, type NewUser } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/errors';

export const EMAIL_TAKEN_MESSAGE =
  'Un compte existe déjà avec cette adresse. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.';

/**
 * Creates an account inside the caller's transaction (sign-ups create the account and its
 * membership together). Refuses an address already in use, including when two requests race:
 * the unique index decides. Hash the password with hashPassword() before opening the transaction:
 * scrypt takes a few hundred milliseconds a transaction should not be held open for.
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
  },
): Promise<ActionResult<{ id: string }>> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) return fail('EMAIL_TAKEN', EMAIL_TAKEN_MESSAGE, { email: ['Cette adresse est déjà utilisée.'] });
  const [created] = await tx
    .insert(users)
    .values({
      email,
      passwordHash: input.passwordHash,
      firstName: input.firstName,
      lastName: input.lastName,
      role: input.role,
      status: input.status ?? 'active',
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!created) return fail('EMAIL_TAKEN', EMAIL_TAKEN_MESSAGE, { email: ['Cette adresse est déjà utilisée.'] });
  return { ok: true, data: created };
}
