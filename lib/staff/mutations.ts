import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { invitations, schoolClasses, schools, staffMemberships, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser, StaffRole } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { createInvitation } from '@/lib/invitations/mutations';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { joinRequestRefusal } from '@/lib/schools/rules';
import { createAccount } from '@/lib/users/mutations';
import { canChangeMember, canManageStaff } from './policy';
import { type InviteStaffInput, type JoinSchoolInput, type MemberRole } from './schemas';
import { STAFF_ROLE_LABELS } from './labels';

const HEAD_ONLY = 'Seul le chef d’établissement gère les accès des personnels du collège.';
const MEMBER_GONE = 'Ce membre n’est plus dans l’équipe de votre collège.';

/**
 * The head invites someone to the school's staff with a role: a 7-day single-use link by e-mail.
 * The school is the head's own, never one named by the form.
 */
export async function inviteStaff(
  actor: SessionUser,
  input: InviteStaffInput,
  db?: Db,
): Promise<ActionResult<{ id: string }>> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canManageStaff(actor, schoolId)) return fail('FORBIDDEN', HEAD_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ status: staffMemberships.status })
      .from(staffMemberships)
      .innerJoin(users, eq(users.id, staffMemberships.userId))
      .where(
        and(
          eq(users.email, input.email),
          eq(staffMemberships.schoolId, schoolId),
          sql`${staffMemberships.status} <> 'revoked'`,
        ),
      );
    if (member) {
      const message =
        member.status === 'active'
          ? 'Cette personne fait déjà partie de l’équipe.'
          : 'Cette personne a déjà demandé à rejoindre l’équipe : acceptez sa demande dans la liste.';
      return fail('VALIDATION', message, { email: [message] });
    }
    const [pending] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.email, input.email),
          eq(invitations.schoolId, schoolId),
          isNull(invitations.usedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      );
    if (pending) {
      const message = 'Une invitation est déjà en attente pour cette adresse. Annulez-la pour en envoyer une nouvelle.';
      return fail('VALIDATION', message, { email: [message] });
    }
    const [school] = await tx.select({ name: schools.name }).from(schools).where(eq(schools.id, schoolId));
    const invitation = await createInvitation(tx, {
      kind: 'school_staff',
      email: input.email,
      invitedBy: actor.id,
      schoolId,
      staffRole: input.role,
    });
    const roleLabel = STAFF_ROLE_LABELS[input.role].toLowerCase();
    await enqueueEmail(
      tx,
      input.email,
      emails.staffInvitation({
        schoolName: school!.name,
        roleLabel,
        inviterName: `${actor.firstName} ${actor.lastName}`,
        token: invitation.token,
      }),
    );
    await audit(tx, {
      actorId: actor.id,
      action: 'staff.invited',
      targetType: 'invitation',
      targetId: invitation.id,
      details: { schoolId, role: input.role },
    });
    return { ok: true as const, data: { id: invitation.id } };
  });
}

/** The head withdraws an unused invitation of their school: its link stops working. */
export async function cancelStaffInvitation(
  actor: SessionUser,
  invitationId: string,
  db?: Db,
): Promise<ActionResult<void>> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canManageStaff(actor, schoolId)) return fail('FORBIDDEN', HEAD_ONLY);
  db ??= await getDb();
  const deleted = await db
    .delete(invitations)
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.schoolId, schoolId),
        eq(invitations.kind, 'school_staff'),
        isNull(invitations.usedAt),
      ),
    )
    .returning({ id: invitations.id });
  if (deleted.length === 0)
    return fail('NOT_FOUND', 'Cette invitation n’existe plus : elle a peut-être été acceptée ou annulée.');
  return { ok: true, data: undefined };
}

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
  return db.transaction(async (tx) => {
    const [request] = await tx
      .update(staffMemberships)
      .set({ status: input.decision === 'approve' ? 'active' : 'revoked', updatedAt: sql`now()` })
      .where(
        and(
          eq(staffMemberships.id, input.membershipId),
          eq(staffMemberships.schoolId, schoolId),
          eq(staffMemberships.status, 'pending'),
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

/** The head gives an active member another role (never head, never their own). */
export async function changeStaffRole(
  actor: SessionUser,
  input: { membershipId: string; role: MemberRole },
  db?: Db,
): Promise<ActionResult<void>> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canManageStaff(actor, schoolId)) return fail('FORBIDDEN', HEAD_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const member = await activeMember(tx, input.membershipId, schoolId);
    if (!member) return fail('NOT_FOUND', MEMBER_GONE);
    if (!canChangeMember(actor, { ...member, schoolId }))
      return fail(
        'FORBIDDEN',
        'Vous ne pouvez pas modifier votre propre rôle : un collège garde toujours son chef d’établissement.',
      );
    if (member.role === input.role) return { ok: true as const, data: undefined };
    await tx
      .update(staffMemberships)
      .set({ role: input.role, updatedAt: sql`now()` })
      .where(eq(staffMemberships.id, input.membershipId));
    await audit(tx, {
      actorId: actor.id,
      action: 'staff.role_changed',
      targetType: 'user',
      targetId: member.userId,
      details: { schoolId, from: member.role, to: input.role },
    });
    return { ok: true as const, data: undefined };
  });
}

/**
 * The head revokes an active member: the membership is kept as revoked (history, and the person
 * is told), they stop being main teacher of any class of the school, and lose access at their next
 * request (the session is rebuilt from active memberships only).
 */
export async function revokeStaff(
  actor: SessionUser,
  input: { membershipId: string },
  db?: Db,
): Promise<ActionResult<void>> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canManageStaff(actor, schoolId)) return fail('FORBIDDEN', HEAD_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const member = await activeMember(tx, input.membershipId, schoolId);
    if (!member) return fail('NOT_FOUND', MEMBER_GONE);
    if (!canChangeMember(actor, { ...member, schoolId }))
      return fail('FORBIDDEN', 'Vous ne pouvez pas retirer votre propre accès.');
    await tx
      .update(staffMemberships)
      .set({ status: 'revoked', updatedAt: sql`now()` })
      .where(eq(staffMemberships.id, input.membershipId));
    await tx
      .update(schoolClasses)
      .set({ mainTeacherId: null })
      .where(and(eq(schoolClasses.schoolId, schoolId), eq(schoolClasses.mainTeacherId, member.userId)));
    await audit(tx, {
      actorId: actor.id,
      action: 'staff.revoked',
      targetType: 'user',
      targetId: member.userId,
      details: { schoolId, role: member.role },
    });
    return { ok: true as const, data: undefined };
  });
}

/**
 * A teacher or other staff member signs up and asks to join a registered school with a role:
 * account and pending membership in one transaction, and an e-mail to the head. Public (no actor);
 * the caller rate-limits it. No access to the school until the head approves.
 */
export async function requestToJoin(input: JoinSchoolInput, db?: Db): Promise<ActionResult<{ email: string }>> {
  db ??= await getDb();
  const refusal = await schoolRefusal(db, input.schoolId);
  if (refusal) return refusal;
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const refusedMeanwhile = await schoolRefusal(tx, input.schoolId);
    if (refusedMeanwhile) return refusedMeanwhile;
    const account = await createAccount(tx, {
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
    const heads = await tx
      .select({ email: users.email, schoolName: schools.name })
      .from(staffMemberships)
      .innerJoin(users, eq(users.id, staffMemberships.userId))
      .innerJoin(schools, eq(schools.id, staffMemberships.schoolId))
      .where(
        and(
          eq(staffMemberships.schoolId, input.schoolId),
          eq(staffMemberships.role, 'head'),
          eq(staffMemberships.status, 'active'),
        ),
      );
    for (const head of heads) {
      await enqueueEmail(
        tx,
        head.email,
        emails.joinRequest({ schoolName: head.schoolName, requesterName: `${input.firstName} ${input.lastName}` }),
      );
    }
    return { ok: true as const, data: { email: input.email } };
  });
}

async function schoolRefusal(db: Db, schoolId: string): Promise<ActionResult<never> | null> {
  const [school] = await db
    .select({ registered: sql<boolean>`${schools.registeredAt} is not null` })
    .from(schools)
    .where(eq(schools.id, schoolId));
  if (!school) return fail('NOT_FOUND', 'Ce collège n’est pas dans l’annuaire. Recherchez-le à nouveau.');
  const refusal = joinRequestRefusal(school);
  return refusal ? fail('FORBIDDEN', refusal) : null;
}

async function activeMember(
  db: Db,
  membershipId: string,
  schoolId: string,
): Promise<{ userId: string; role: StaffRole } | null> {
  const [member] = await db
    .select({ userId: staffMemberships.userId, role: staffMemberships.role })
    .from(staffMemberships)
    .where(
      and(
        eq(staffMemberships.id, membershipId),
        eq(staffMemberships.schoolId, schoolId),
        eq(staffMemberships.status, 'active'),
      ),
    );
  return member ?? null;
}
