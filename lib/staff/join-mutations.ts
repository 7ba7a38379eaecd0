import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { academies, departments, schools, staffMemberships, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/auth/types';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { joinRequestRefusal, staffAddressRefusal } from '@/lib/schools/rules';
import { createAccount } from '@/lib/users/mutations';
import { HEAD_ONLY } from './mutations';
import { canManageStaff } from './policy';
import { verifiedMember } from './scope';
import { type JoinSchoolInput } from './schemas';

/**
 * The head answers a join request of their school: approved, the member gets access at once and
 * an e-mail; declined, the request is closed (kept as revoked, so the person sees the answer).
 */
export async function decideJoinRequest(
  actor: SessionUser,
  input: { membershipId: string; decision: 'approve' | 'decline' },
  db?: Db,
): Promise<ActionResult<void>> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canManageStaff(actor, schoolId)) return fail('FORBIDDEN', HEAD_ONLY);
  db ??= await getDb();
  try {
    return await approveOrDecline(db, actor, schoolId, input);
  } catch (error) {
    // Approving someone who meanwhile became active in another school (an invitation accepted, or
    // appointed head there): the unique index staff_memberships_one_active_school refuses it.
    if (isUniqueViolation(error, 'staff_memberships_one_active_school'))
      return fail(
        'MEMBER_ELSEWHERE',
        'Cette personne fait déjà partie de l’équipe d’un autre collège : un compte ne peut être rattaché qu’à un collège. Sa demande reste en attente ; vous pouvez la refuser.',
      );
    throw error;
  }
}

function approveOrDecline(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  input: { membershipId: string; decision: 'approve' | 'decline' },
): Promise<ActionResult<void>> {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .update(staffMemberships)
      .set({ status: input.decision === 'approve' ? 'active' : 'revoked', updatedAt: sql`now()` })
      .where(
        and(
          eq(staffMemberships.id, input.membershipId),
          eq(staffMemberships.schoolId, schoolId),
          eq(staffMemberships.status, 'pending'),
          // A request the head cannot see yet (address not verified) cannot be answered either.
          verifiedMember,
        ),
      )
      .returning({ userId: staffMemberships.userId, role: staffMemberships.role });
    if (!request) return fail('NOT_FOUND', 'Cette demande n’est plus en attente : elle a peut-être déjà été traitée.');
    const details = { schoolId, role: request.role };
    if (input.decision === 'approve') {
      const [member] = await tx.select({ email: users.email }).from(users).where(eq(users.id, request.userId));
      const [school] = await tx.select({ name: schools.name }).from(schools).where(eq(schools.id, schoolId));
      await enqueueEmail(tx, member!.email, emails.joinRequestAccepted({ schoolName: school!.name }));
      await audit(tx, {
        actorId: actor.id,
        action: 'staff.joined',
        targetType: 'user',
        targetId: request.userId,
        details,
      });
    } else {
      await audit(tx, {
        actorId: actor.id,
        action: 'staff.revoked',
        targetType: 'user',
        targetId: request.userId,
        details: { ...details, joinRequestDeclined: true },
      });
    }
    return { ok: true as const, data: undefined };
  });
}

/**
 * A teacher or other staff member signs up and asks to join a registered school with a role:
 * account (unverified) and pending membership in one transaction. Public (no actor); the caller
 * rate-limits it. The address must be at the school's académie domain. The head hears of the
 * request only once the address is verified (announceJoinRequests); no access until they approve.
 */
export async function requestToJoin(input: JoinSchoolInput, db?: Db): Promise<ActionResult<{ email: string }>> {
  db ??= await getDb();
  const refusal = await schoolRefusal(db, input);
  if (refusal) return refusal;
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const refusedMeanwhile = await schoolRefusal(tx, input);
    if (refusedMeanwhile) return refusedMeanwhile;
    const account = await createAccount(tx, {
      via: 'sign_up',
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      passwordHash,
      role: 'school_staff',
    });
    if (!account.ok) return account;
    await tx
      .insert(staffMemberships)
      .values({ userId: account.data.id, schoolId: input.schoolId, role: input.role, status: 'pending' });
    return { ok: true as const, data: { email: input.email } };
  });
}

/**
 * Called when an account's address is verified (verifyEmail), in that transaction: the head of each
 * school the account asked to join is e-mailed now that the request shows in their team list.
 */
export async function announceJoinRequests(tx: Db, userId: string): Promise<void> {
  const requests = await tx
    .select({ schoolId: staffMemberships.schoolId, firstName: users.firstName, lastName: users.lastName })
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.status, 'pending')));
  for (const request of requests) {
    const heads = await tx
      .select({ email: users.email, schoolName: schools.name })
      .from(staffMemberships)
      .innerJoin(users, eq(users.id, staffMemberships.userId))
      .innerJoin(schools, eq(schools.id, staffMemberships.schoolId))
      .where(
        and(
          eq(staffMemberships.schoolId, request.schoolId),
          eq(staffMemberships.role, 'head'),
          eq(staffMemberships.status, 'active'),
        ),
      );
    for (const head of heads) {
      await enqueueEmail(
        tx,
        head.email,
        emails.joinRequest({ schoolName: head.schoolName, requesterName: `${request.firstName} ${request.lastName}` }),
      );
    }
  }
}

/** The school must be registered, and the address at its académie's domain. */
async function schoolRefusal(
  db: Db,
  input: Pick<JoinSchoolInput, 'schoolId' | 'email'>,
): Promise<ActionResult<never> | null> {
  const [school] = await db
    .select({ registered: sql<boolean>`${schools.registeredAt} is not null`, emailDomain: academies.emailDomain })
    .from(schools)
    .innerJoin(departments, eq(departments.code, schools.departmentCode))
    .innerJoin(academies, eq(academies.code, departments.academyCode))
    .where(eq(schools.id, input.schoolId));
  if (!school) return fail('NOT_FOUND', 'Ce collège n’est pas dans l’annuaire. Recherchez-le à nouveau.');
  const refusal = joinRequestRefusal(school);
  if (refusal) return fail('FORBIDDEN', refusal);
  const addressRefusal = staffAddressRefusal(input.email, school.emailDomain);
  return addressRefusal ? failOn('email', addressRefusal, 'VALIDATION') : null;
}
