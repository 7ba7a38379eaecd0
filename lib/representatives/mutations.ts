import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { ministries, stateRepresentatives, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import { isAdmin } from '@/lib/admin/policy';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { territoryName } from '@/lib/geo/queries';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { createAccount } from '@/lib/users/mutations';
import { findRepresentativeScope } from './queries';
import { scopeLabel } from './rules';
import { TERRITORY_FIELD, type RepresentativeSignUpInput } from './schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Public sign-up of a state representative. The account is active (they can sign in) but their
 * state_representatives row has no validatedAt: /pilotage shows nothing of their territory until
 * an admin validates them. The territory code is checked against the reference tables here
 * because the column has no foreign key (its table depends on the level).
 */
export async function signUpRepresentative(
  { password, ...input }: RepresentativeSignUpInput,
  db?: Db,
): Promise<ActionResult<{ id: string }>> {
  db ??= await getDb();
  const unknown = await unknownScope(input, db);
  if (unknown) return unknown;
  // Hashed outside the transaction: scrypt takes a few hundred milliseconds.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const account = await createAccount(tx, {
      ...input,
      passwordHash,
      role: 'state_rep',
      status: 'active',
      via: 'sign_up',
    });
    if (!account.ok) return account;
    await tx.insert(stateRepresentatives).values({
      userId: account.data.id,
      level: input.level,
      territoryCode: input.territoryCode,
      ministryId: input.ministryId,
    });
    return account;
  });
}

/**
 * Admin only: opens a pending representative's access to their scope, records who did it, and
 * tells them by e-mail. Refuses a representative already validated or whose account is disabled.
 */
export async function validateRepresentative(
  actor: SessionUser,
  userId: string,
  db?: Db,
): Promise<ActionResult<{ email: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', 'Seule l’équipe nationale valide les référents.');
  db ??= await getDb();
  const scope = await findRepresentativeScope(userId, db);
  if (!scope || scope.status !== 'active')
    return fail('NOT_FOUND', 'Ce référent n’existe pas ou son compte est désactivé.');
  return db.transaction(async (tx) => {
    const [validated] = await tx
      .update(stateRepresentatives)
      .set({ validatedAt: new Date(), validatedBy: actor.id })
      .where(and(eq(stateRepresentatives.userId, userId), isNull(stateRepresentatives.validatedAt)))
      .returning({ userId: stateRepresentatives.userId });
    if (!validated) return fail('ALREADY_DONE', 'Ce référent a déjà été validé.');
    const label = scopeLabel(scope);
    await audit(tx, {
      actorId: actor.id,
      action: 'representative.validated',
      targetType: 'user',
      targetId: userId,
      details: { level: scope.level, scope: label },
    });
    await enqueueEmail(tx, scope.email, emails.representativeValidated({ scopeLabel: label }));
    return { ok: true as const, data: { email: scope.email } };
  });
}

/**
 * Admin only: refuses a pending request (someone who is not a designated referent). The account
 * is disabled rather than deleted so the decision stays in the audit log and the address cannot
 * simply sign up again unnoticed.
 */
export async function rejectRepresentative(
  actor: SessionUser,
  userId: string,
  db?: Db,
): Promise<ActionResult<{ email: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', 'Seule l’équipe nationale traite les demandes des référents.');
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ userId: stateRepresentatives.userId })
      .from(stateRepresentatives)
      .where(and(eq(stateRepresentatives.userId, userId), isNull(stateRepresentatives.validatedAt)));
    if (!pending) return fail('NOT_FOUND', 'Cette demande n’existe pas ou a déjà été validée.');
    const [disabled] = await tx
      .update(users)
      .set({ status: 'disabled', updatedAt: new Date() })
      .where(and(eq(users.id, userId), eq(users.role, 'state_rep'), eq(users.status, 'active')))
      .returning({ email: users.email });
    if (!disabled) return fail('ALREADY_DONE', 'Cette demande a déjà été refusée.');
    await audit(tx, { actorId: actor.id, action: 'representative.rejected', targetType: 'user', targetId: userId });
    return { ok: true as const, data: disabled };
  });
}

/** A refusal naming the field to fix when the chosen territory or ministry does not exist. */
async function unknownScope(
  input: Pick<RepresentativeSignUpInput, 'level' | 'territoryCode' | 'ministryId'>,
  db: Db,
): Promise<ActionResult<never> | null> {
  if (input.level === 'national') return null;
  const { field, message } = TERRITORY_FIELD[input.level];
  let exists: boolean;
  if (input.level === 'ministry') {
    if (!UUID.test(input.ministryId!))
      return fail('VALIDATION', 'Le ministère choisi n’existe pas.', { [field]: [message] });
    const [row] = await db.select({ id: ministries.id }).from(ministries).where(eq(ministries.id, input.ministryId!));
    exists = Boolean(row);
  } else {
    exists = (await territoryName(input.level, input.territoryCode!, db)) !== null;
  }
  return exists ? null : fail('VALIDATION', 'Le territoire choisi n’existe pas.', { [field]: [message] });
}
