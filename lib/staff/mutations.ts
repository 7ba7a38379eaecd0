import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { invitations, schoolClasses, schools, staffMemberships, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser, StaffRole } from '@/lib/auth/types';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { createInvitation } from '@/lib/invitations/mutations';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { canChangeMember, canManageStaff } from './policy';
import { type InviteStaffInput, type MemberRole } from './schemas';
import { STAFF_ROLE_LABELS } from './labels';

export const HEAD_ONLY = 'Seul le chef d’établissement gère les accès des personnels du collège.';

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
      return failOn('email', message);
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
      return failOn('email', message);
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
