import 'server-only';
import { and, asc, count, desc, eq, isNull, like, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  auditLog,
  hostMembers,
  hostOrganisations,
  operatorMembers,
  operators,
  schools,
  staffMemberships,
  stateRepresentatives,
  users,
} from '@/db/schema';
import { isAdmin } from './policy';
import type { SessionUser, UserRole } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { pageWindow } from '@/lib/pagination';
import { containsFolded, containsPattern } from '@/lib/text/fold';
import { findRepresentativeScope } from '@/lib/representatives/queries';
import { scopeLabel } from '@/lib/representatives/rules';

/*
 * Reads of the admin back-office. Each one answers only to an admin (null or empty otherwise):
 * pages check the role too, but the data layer does not rely on them.
 */

/** What needs the national team's attention, and the size of the service. */
export async function getDashboardCounts(actor: SessionUser, db?: Db) {
  if (!isAdmin(actor)) return null;
  db ??= await getDb();
  const [[pendingRepresentatives], [derogations], roles, [organisations], [operatorCount]] = await Promise.all([
    db
      .select({ n: count() })
      .from(stateRepresentatives)
      .innerJoin(users, eq(users.id, stateRepresentatives.userId))
      .where(and(isNull(stateRepresentatives.validatedAt), eq(users.status, 'active'))),
    db
      .select({
        pending: sql<number>`count(*) filter (where ${schools.derogationApprovedAt} is null)::int`,
        approved: sql<number>`count(*) filter (where ${schools.derogationApprovedAt} is not null)::int`,
      })
      .from(schools)
      .where(eq(schools.network, 'derogation')),
    db
      .select({ role: users.role, n: count() })
      .from(users)
      .where(and(eq(users.status, 'active'), isNull(users.deletedAt)))
      .groupBy(users.role),
    db.select({ n: count() }).from(hostOrganisations),
    db.select({ n: count() }).from(operators),
  ]);
  return {
    pendingRepresentatives: pendingRepresentatives?.n ?? 0,
    pendingDerogations: derogations?.pending ?? 0,
    approvedDerogations: derogations?.approved ?? 0,
    activeUsersByRole: Object.fromEntries(roles.map((row) => [row.role, row.n])) as Partial<Record<UserRole, number>>,
    organisations: organisations?.n ?? 0,
    operators: operatorCount?.n ?? 0,
  };
}

/**
 * Accounts whose e-mail or name contains `q` (all accounts when q is empty), newest first,
 * paginated on the server. Deleted (anonymised) accounts are left out.
 */
export async function searchUsers(actor: SessionUser, { q, page }: { q: string; page: number }, db?: Db) {
  if (!isAdmin(actor)) return { rows: [], total: 0 };
  db ??= await getDb();
  const where = and(
    isNull(users.deletedAt),
    q
      ? or(
          like(users.email, containsPattern(q.toLowerCase())),
          containsFolded(sql`${users.firstName} || ' ' || ${users.lastName}`, q),
          containsFolded(sql`${users.lastName} || ' ' || ${users.firstName}`, q),
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
        status: users.status,
        lastSignInAt: users.lastSignInAt,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), asc(users.id))
      .limit(pageWindow(page, 'adminUsers').limit)
      .offset(pageWindow(page, 'adminUsers').offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** One account with what it is attached to, in words, for the admin's user page. */
export async function findUserForAdmin(actor: SessionUser, userId: string, db?: Db) {
  if (!isAdmin(actor) || !isUuid(userId)) return null;
  db ??= await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      role: users.role,
      status: users.status,
      createdAt: users.createdAt,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  if (!user) return null;
  return { ...user, attachedTo: await attachmentOf(user.id, user.role, db) };
}

async function attachmentOf(userId: string, role: UserRole, db: Db): Promise<string | null> {
  switch (role) {
    case 'school_staff': {
      const rows = await db
        .select({ name: schools.name, status: staffMemberships.status })
        .from(staffMemberships)
        .innerJoin(schools, eq(schools.id, staffMemberships.schoolId))
        .where(eq(staffMemberships.userId, userId));
      return (
        rows
          .map((row) =>
            row.status === 'active'
              ? row.name
              : `${row.name} (accès ${row.status === 'pending' ? 'en attente' : 'retiré'})`,
          )
          .join(', ') || null
      );
    }
    case 'host': {
      const rows = await db
        .select({ name: hostOrganisations.name })
        .from(hostMembers)
        .innerJoin(hostOrganisations, eq(hostOrganisations.id, hostMembers.organisationId))
        .where(eq(hostMembers.userId, userId));
      return rows.map((row) => row.name).join(', ') || null;
    }
    case 'operator': {
      const rows = await db
        .select({ name: operators.name })
        .from(operatorMembers)
        .innerJoin(operators, eq(operators.id, operatorMembers.operatorId))
        .where(eq(operatorMembers.userId, userId));
      return rows.map((row) => row.name).join(', ') || null;
    }
    case 'state_rep': {
      const scope = await findRepresentativeScope(userId, db);
      return scope ? scopeLabel(scope) : null;
    }
    default:
      return null;
  }
}

/** A school with its derogation state and the latest recorded agreement, for /admin/etablissements/[id]. */
export async function findSchoolForAdmin(actor: SessionUser, schoolId: string, db?: Db) {
  if (!isAdmin(actor) || !isUuid(schoolId)) return null;
  db ??= await getDb();
  const [school] = await db
    .select({
      id: schools.id,
      uai: schools.uai,
      name: schools.name,
      commune: schools.commune,
      postcode: schools.postcode,
      network: schools.network,
      derogationApprovedAt: schools.derogationApprovedAt,
      registeredAt: schools.registeredAt,
    })
    .from(schools)
    .where(eq(schools.id, schoolId));
  if (!school) return null;
  // The agreement's references live in the audit entry of the approval in force.
  const [approval] = school.derogationApprovedAt
    ? await db
        .select({
          details: auditLog.details,
          createdAt: auditLog.createdAt,
          firstName: users.firstName,
          lastName: users.lastName,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(
          and(
            eq(auditLog.targetType, 'school'),
            eq(auditLog.targetId, schoolId),
            eq(auditLog.action, 'school.derogation_approved'),
          ),
        )
        .orderBy(desc(auditLog.createdAt))
        .limit(1)
    : [];
  return {
    ...school,
    approval: approval
      ? {
          note: String(approval.details?.note ?? ''),
          at: approval.createdAt,
          by: approval.firstName ? `${approval.firstName} ${approval.lastName}` : null,
        }
      : null,
  };
}
