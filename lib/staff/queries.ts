import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { invitations, schools, staffMemberships, users } from '@/db/schema';
import type { SessionUser, StaffRole } from '@/lib/auth/types';
import { TEACHING_ROLES, canChangeMember, canManageStaff, canViewTeam, isStaffOf } from './policy';
import { isUuid } from '@/lib/ids';
import { verifiedMember } from './scope';

export interface TeamMember {
  membershipId: string;
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: StaffRole;
  since: Date;
  /** The head may change this member's role or revoke them (not themselves). */
  manageable: boolean;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: StaffRole;
  expiresAt: Date;
}

export interface Team {
  canManage: boolean;
  members: TeamMember[];
  /** Join requests and invitations: the head's only (empty for read-only viewers). */
  requests: Omit<TeamMember, 'manageable'>[];
  invitations: PendingInvitation[];
}

const memberColumns = {
  membershipId: staffMemberships.id,
  userId: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  role: staffMemberships.role,
  status: staffMemberships.status,
  since: staffMemberships.updatedAt,
};

/**
 * The staff of the actor's school: active members for the head and school-wide staff (canViewTeam);
 * pending join requests and invitations still valid for the head only. Null for anyone else.
 */
export async function listTeam(actor: SessionUser, db?: Db): Promise<Team | null> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canViewTeam(actor, schoolId)) return null;
  db ??= await getDb();
  const canManage = canManageStaff(actor, schoolId);
  const rows = await db
    .select(memberColumns)
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(
      and(
        eq(staffMemberships.schoolId, schoolId),
        canManage ? inArray(staffMemberships.status, ['active', 'pending']) : eq(staffMemberships.status, 'active'),
        verifiedMember,
      ),
    )
    .orderBy(sql`${staffMemberships.role} = 'head' desc`, asc(users.lastName), asc(users.firstName));
  const pending = canManage
    ? await db
        .select({
          id: invitations.id,
          email: invitations.email,
          role: invitations.staffRole,
          expiresAt: invitations.expiresAt,
        })
        .from(invitations)
        .where(
          and(
            eq(invitations.schoolId, schoolId),
            eq(invitations.kind, 'school_staff'),
            isNull(invitations.usedAt),
            gt(invitations.expiresAt, sql`now()`),
          ),
        )
        .orderBy(desc(invitations.createdAt))
    : [];
  return {
    canManage,
    members: rows
      .filter((r) => r.status === 'active')
      .map((r) => ({ ...toMember(r), manageable: canChangeMember(actor, { ...r, schoolId }) })),
    requests: rows.filter((r) => r.status === 'pending').map(toMember),
    invitations: pending.map((p) => ({ ...p, role: p.role! })),
  };
}

/** One active member of the head's school whose role they may change or revoke; null otherwise. */
export async function getManageableMember(
  actor: SessionUser,
  membershipId: string,
  db?: Db,
): Promise<Omit<TeamMember, 'manageable'> | null> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canManageStaff(actor, schoolId) || !isUuid(membershipId)) return null;
  db ??= await getDb();
  const [row] = await db
    .select(memberColumns)
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(
      and(
        eq(staffMemberships.id, membershipId),
        eq(staffMemberships.schoolId, schoolId),
        eq(staffMemberships.status, 'active'),
      ),
    );
  return row && canChangeMember(actor, { ...row, schoolId }) ? toMember(row) : null;
}

/**
 * Who can be made main teacher of a class: active teachers and main teachers of the actor's school,
 * plus the class's current main teacher if still active, so the form can show them.
 */
export async function listTeacherOptions(
  actor: SessionUser,
  currentMainTeacherId: string | null,
  db?: Db,
): Promise<{ id: string; name: string }[]> {
  const schoolId = actor.schoolId;
  if (!schoolId || !isStaffOf(actor, schoolId)) return [];
  db ??= await getDb();
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(
      and(
        eq(staffMemberships.schoolId, schoolId),
        eq(staffMemberships.status, 'active'),
        or(
          inArray(staffMemberships.role, [...TEACHING_ROLES]),
          currentMainTeacherId ? eq(users.id, currentMainTeacherId) : undefined,
        ),
      ),
    )
    .orderBy(asc(users.lastName), asc(users.firstName));
  return rows.map((r) => ({ id: r.id, name: `${r.lastName.toUpperCase()} ${r.firstName}` }));
}

/**
 * For a staff account without an active membership: the school it asked to join (pending) or
 * lost access to (revoked or declined); a pending request before a closed one, then the most
 * recently updated, then the smallest id (the same answer at every request); null if it never asked.
 */
export async function ownMembershipRequest(
  actor: SessionUser,
  db?: Db,
): Promise<{ schoolName: string; status: 'pending' | 'revoked' } | null> {
  if (actor.role !== 'school_staff') return null;
  db ??= await getDb();
  const [row] = await db
    .select({ schoolName: schools.name, status: staffMemberships.status })
    .from(staffMemberships)
    .innerJoin(schools, eq(schools.id, staffMemberships.schoolId))
    .where(and(eq(staffMemberships.userId, actor.id), inArray(staffMemberships.status, ['pending', 'revoked'])))
    .orderBy(sql`${staffMemberships.status} = 'pending' desc`, desc(staffMemberships.updatedAt), staffMemberships.id);
  return row ? { schoolName: row.schoolName, status: row.status as 'pending' | 'revoked' } : null;
}

function toMember(row: {
  membershipId: string;
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: StaffRole;
  since: Date;
}): Omit<TeamMember, 'manageable'> {
  return {
    membershipId: row.membershipId,
    userId: row.userId,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    role: row.role,
    since: row.since,
  };
}
