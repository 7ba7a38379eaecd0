import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { schools, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { revokeUserSessions } from '@/lib/auth/mutations';
import { ADMIN_ONLY, isAdmin } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { usableAccount } from '@/lib/users/scope';

/**
 * Admin only: disables an account. getCurrentUser re-reads the row on every request, so the
 * user loses access at their next request, whatever their session says. An admin cannot disable
 * their own account (the back-office would lock itself out).
 */
export async function deactivateUser(
  actor: SessionUser,
  userId: string,
  db?: Db,
): Promise<ActionResult<{ email: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  if (userId === actor.id) return fail('OWN_ACCOUNT', 'Vous ne pouvez pas désactiver votre propre compte.');
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ status: 'disabled', updatedAt: new Date() })
      .where(and(eq(users.id, userId), usableAccount))
      .returning({ email: users.email, role: users.role });
    if (!user) return fail('NOT_FOUND', 'Ce compte n’existe pas ou est déjà désactivé.');
    await revokeUserSessions(tx, userId);
    await audit(tx, {
      actorId: actor.id,
      action: 'user.deactivated',
      targetType: 'user',
      targetId: userId,
      details: { role: user.role },
    });
    return { ok: true as const, data: { email: user.email } };
  });
}

/** Admin only: gives a disabled account its access back. */
export async function reactivateUser(
  actor: SessionUser,
  userId: string,
  db?: Db,
): Promise<ActionResult<{ email: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ status: 'active', updatedAt: new Date() })
      .where(and(eq(users.id, userId), eq(users.status, 'disabled'), isNull(users.deletedAt)))
      .returning({ email: users.email, role: users.role });
    if (!user) return fail('NOT_FOUND', 'Ce compte n’existe pas ou n’est pas désactivé.');
    await audit(tx, {
      actorId: actor.id,
      action: 'user.reactivated',
      targetType: 'user',
      targetId: userId,
      details: { role: user.role },
    });
    return { ok: true as const, data: { email: user.email } };
  });
}

/**
 * Admin only: records that the prefecture and the académie agreed to admit a collège outside
 * REP/REP+ (circular, II). The school becomes eligible at once: its head can register it and,
 * once registered, its pupils see offers. The note (references of both agreements) is kept in
 * the audit log, the only record of why the school was admitted.
 */
export async function approveDerogation(
  actor: SessionUser,
  input: { schoolId: string; note: string },
  db?: Db,
): Promise<ActionResult<{ name: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [school] = await tx
      .select({
        name: schools.name,
        uai: schools.uai,
        network: schools.network,
        approvedAt: schools.derogationApprovedAt,
      })
      .from(schools)
      .where(eq(schools.id, input.schoolId));
    if (!school) return fail('NOT_FOUND', 'Ce collège n’existe pas.');
    if (school.network === 'rep' || school.network === 'rep_plus')
      return fail('NOT_ELIGIBLE', 'Ce collège est en éducation prioritaire : il n’a pas besoin de dérogation.');
    if (school.approvedAt) return fail('ALREADY_DONE', 'La dérogation de ce collège est déjà enregistrée.');
    await tx
      .update(schools)
      .set({ network: 'derogation', derogationApprovedAt: new Date(), updatedAt: new Date() })
      .where(
        and(
          eq(schools.id, input.schoolId),
          inArray(schools.network, ['none', 'derogation']),
          isNull(schools.derogationApprovedAt),
        ),
      );
    await audit(tx, {
      actorId: actor.id,
      action: 'school.derogation_approved',
      targetType: 'school',
      targetId: input.schoolId,
      details: { uai: school.uai, note: input.note },
    });
    return { ok: true as const, data: { name: school.name } };
  });
}

/**
 * Admin only: withdraws a derogation (agreement revoked or recorded by mistake). The school is no
 * longer eligible; a head who already registered it keeps their account, but the school no longer
 * counts as eligible for new registrations and offers.
 */
export async function withdrawDerogation(
  actor: SessionUser,
  schoolId: string,
  db?: Db,
): Promise<ActionResult<{ name: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [school] = await tx
      .update(schools)
      .set({ network: 'none', derogationApprovedAt: null, updatedAt: new Date() })
      .where(and(eq(schools.id, schoolId), eq(schools.network, 'derogation')))
      .returning({ name: schools.name, uai: schools.uai });
    if (!school) return fail('NOT_FOUND', 'Ce collège n’a pas de dérogation à retirer.');
    await audit(tx, {
      actorId: actor.id,
      action: 'school.derogation_withdrawn',
      targetType: 'school',
      targetId: schoolId,
      details: { uai: school.uai },
    });
    return { ok: true as const, data: { name: school.name } };
  });
}
