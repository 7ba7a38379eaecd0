import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { schools, staffMemberships } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { fail, type ActionResult } from '@/lib/errors';

export const MEMBER_OF_ANOTHER_SCHOOL =
  'Cette personne est déjà membre active d’un autre collège : elle doit d’abord le quitter.';

/**
 * The one way a person becomes a school's head: when their verified functional address proves it,
 * when the admin approves their request, or when the admin replaces the head. Call it inside the
 * transaction that decides it. The previous head (if any, and another person) loses the role
 * (membership revoked); the new head's membership at this school becomes an active head one; the
 * school is registered if it was not. Pupils, classes and staff stay. Audited with `reason`.
 * The partial unique indexes decide races: one head per school (staff_memberships_one_head) and one
 * active school per person (staff_memberships_one_active_school).
 */
export async function appointHead(
  tx: Db,
  input: { schoolId: string; userId: string; actorId: string | null; reason: string },
): Promise<ActionResult<{ previousHeadId: string | null }>> {
  // The school's row lock first: changes of one school's head happen one after the other, and a
  // caller that checked "no head yet" under this lock (approveFunctionalHeadRequest) cannot deadlock
  // with another appointment.
  await tx.select({ id: schools.id }).from(schools).where(eq(schools.id, input.schoolId)).for('update');
  const [previous] = await tx
    .update(staffMemberships)
    .set({ status: 'revoked', updatedAt: sql`now()` })
    .where(
      and(
        eq(staffMemberships.schoolId, input.schoolId),
        eq(staffMemberships.role, 'head'),
        ne(staffMemberships.status, 'revoked'),
        ne(staffMemberships.userId, input.userId),
      ),
    )
    .returning({ userId: staffMemberships.userId });
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint
        .insert(staffMemberships)
        .values({ userId: input.userId, schoolId: input.schoolId, role: 'head', status: 'active' })
        .onConflictDoUpdate({
          target: [staffMemberships.userId, staffMemberships.schoolId],
          set: { role: 'head', status: 'active', updatedAt: sql`now()` },
        });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'staff_memberships_one_active_school'))
      return fail('MEMBER_ELSEWHERE', MEMBER_OF_ANOTHER_SCHOOL);
    if (isUniqueViolation(error, 'staff_memberships_one_head'))
      return fail('ALREADY_REGISTERED', 'Ce collège vient de recevoir un autre chef d’établissement.');
    throw error;
  }
  await tx
    .update(schools)
    .set({ registeredAt: sql`coalesce(${schools.registeredAt}, now())`, updatedAt: sql`now()` })
    .where(eq(schools.id, input.schoolId));
  await audit(tx, {
    actorId: input.actorId,
    action: 'school.head_appointed',
    targetType: 'school',
    targetId: input.schoolId,
    details: { headId: input.userId, previousHeadId: previous?.userId ?? null, reason: input.reason },
  });
  return { ok: true, data: { previousHeadId: previous?.userId ?? null } };
}
