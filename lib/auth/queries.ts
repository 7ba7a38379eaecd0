import 'server-only';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  hostMembers,
  hostOrganisations,
  operatorMembers,
  pupils,
  rateLimits,
  staffMemberships,
  stateRepresentatives,
  users,
} from '@/db/schema';
import type { SessionUser } from './types';

/** Credentials for sign-in; only active accounts can sign in. */
export async function findUserForSignIn(email: string, db?: Db) {
  db ??= await getDb();
  const [row] = await db
    .select({ id: users.id, role: users.role, passwordHash: users.passwordHash, status: users.status })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

/**
 * The caller as the rest of the code sees them: role plus scope (school, organisation, operator,
 * territory). Returns null for unknown or disabled accounts, and for accounts whose address is not
 * verified yet: every page, action and route handler goes through here (getCurrentUser), so such an
 * account reaches nothing but the page that asks it to open its link (getUnverifiedAccount).
 */
export async function loadSessionUser(userId: string, db?: Db): Promise<SessionUser | null> {
  db ??= await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      role: users.role,
      status: users.status,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.status === 'disabled' || !user.emailVerifiedAt) return null;
  const base: SessionUser = {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
  };

  switch (user.role) {
    case 'pupil': {
      const [pupil] = await db.select().from(pupils).where(eq(pupils.userId, user.id));
      return pupil
        ? {
            ...base,
            schoolId: pupil.schoolId,
            classId: pupil.classId ?? undefined,
            pendingConsent: !pupil.parentalConsentAt,
          }
        : base;
    }
    // The session's scope is never a guess between rows: the unique indexes
    // staff_memberships_one_active_school and host_members_one_organisation allow at most one
    // active school and one organisation per account; an operator member of several partner
    // associations acts for the one with the smallest id (the same one at every request).
    case 'school_staff': {
      const [membership] = await db
        .select({ schoolId: staffMemberships.schoolId, role: staffMemberships.role })
        .from(staffMemberships)
        .where(and(eq(staffMemberships.userId, user.id), eq(staffMemberships.status, 'active')));
      return membership ? { ...base, schoolId: membership.schoolId, staffRole: membership.role } : base;
    }
    case 'host': {
      const [member] = await db
        .select({
          organisationId: hostMembers.organisationId,
          hostRole: hostMembers.role,
          suspensionReason: hostOrganisations.suspensionReason,
        })
        .from(hostMembers)
        .innerJoin(hostOrganisations, eq(hostOrganisations.id, hostMembers.organisationId))
        .where(eq(hostMembers.userId, user.id));
      if (!member) return base;
      const { suspensionReason, ...membership } = member;
      return { ...base, ...membership, ...(suspensionReason ? { suspension: { reason: suspensionReason } } : {}) };
    }
    case 'operator': {
      const [member] = await db
        .select({ operatorId: operatorMembers.operatorId })
        .from(operatorMembers)
        .where(eq(operatorMembers.userId, user.id))
        .orderBy(operatorMembers.operatorId)
        .limit(1);
      return { ...base, operatorId: member?.operatorId };
    }
    case 'state_rep': {
      const [rep] = await db.select().from(stateRepresentatives).where(eq(stateRepresentatives.userId, user.id));
      if (!rep) return base;
      return {
        ...base,
        scope: { level: rep.level, code: rep.ministryId ?? rep.territoryCode, validated: rep.validatedAt !== null },
      };
    }
    case 'admin':
      return base;
  }
}

/**
 * A signed-in account still waiting for its address to be verified, or null (verified, disabled,
 * deleted). A pupil who signed up without the class's link is also waiting for the class (status
 * pending): they verify their address all the same.
 */
export async function findUnverifiedAccount(
  userId: string,
  db?: Db,
): Promise<{ id: string; email: string; role: SessionUser['role'] } | null> {
  db ??= await getDb();
  const [row] = await db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(
      and(eq(users.id, userId), isNull(users.emailVerifiedAt), ne(users.status, 'disabled'), isNull(users.deletedAt)),
    );
  return row ?? null;
}

/** Hits recorded for each key in the window starting at windowStart (missing keys: 0). */
export async function hitsInWindow(keys: string[], windowStart: Date, db?: Db): Promise<Map<string, number>> {
  db ??= await getDb();
  const rows = await db
    .select({ key: rateLimits.key, hits: rateLimits.hits })
    .from(rateLimits)
    .where(and(inArray(rateLimits.key, keys), eq(rateLimits.windowStart, windowStart)));
  return new Map(rows.map((row) => [row.key, row.hits]));
}
