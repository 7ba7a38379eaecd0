import 'server-only';
import { and, asc, count, eq, isNotNull, ne, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { headRequests, schools, staffMemberships, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { usableAccount } from '@/lib/users/scope';
import { isAdmin } from './policy';

/**
 * Head requests the admin decides: still pending, not proven by the school's functional address
 * (its verification decides those), from an account whose own address is verified and that still
 * works. Any other request never reaches the admin's list.
 */
export const awaitingAdmin = and(
  eq(headRequests.status, 'pending'),
  eq(headRequests.functionalAddress, false),
  isNotNull(users.emailVerifiedAt),
  usableAccount,
)!;

const schoolHasHead = sql<boolean>`exists (select 1 from ${staffMemberships} where ${staffMemberships.schoolId} = ${headRequests.schoolId}
  and ${staffMemberships.role} = 'head' and ${staffMemberships.status} <> 'revoked')`;

/** The queue of /admin/etablissements/demandes, oldest first. */
export async function listHeadRequests(actor: SessionUser, db?: Db) {
  if (!isAdmin(actor)) return [];
  db ??= await getDb();
  return db
    .select({
      id: headRequests.id,
      message: headRequests.message,
      createdAt: headRequests.createdAt,
      schoolId: schools.id,
      schoolName: schools.name,
      uai: schools.uai,
      commune: schools.commune,
      schoolHasHead,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
    })
    .from(headRequests)
    .innerJoin(users, eq(users.id, headRequests.userId))
    .innerJoin(schools, eq(schools.id, headRequests.schoolId))
    .where(awaitingAdmin)
    .orderBy(asc(headRequests.createdAt), asc(headRequests.id));
}

export async function countHeadRequests(actor: SessionUser, db?: Db): Promise<number> {
  if (!isAdmin(actor)) return 0;
  db ??= await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(headRequests)
    .innerJoin(users, eq(users.id, headRequests.userId))
    .where(awaitingAdmin);
  return row?.n ?? 0;
}

/** A school's head (null when it has none) and the active members who could replace them. */
export async function findSchoolHeadForAdmin(actor: SessionUser, schoolId: string, db?: Db) {
  if (!isAdmin(actor) || !isUuid(schoolId)) return null;
  db ??= await getDb();
  const rows = await db
    .select({
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      role: staffMemberships.role,
    })
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(
      and(
        eq(staffMemberships.schoolId, schoolId),
        ne(staffMemberships.status, 'revoked'),
        or(eq(staffMemberships.role, 'head'), and(eq(staffMemberships.status, 'active'), usableAccount)),
      ),
    )
    .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id));
  return {
    head: rows.find((row) => row.role === 'head') ?? null,
    candidates: rows.filter((row) => row.role !== 'head'),
  };
}
