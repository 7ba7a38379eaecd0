import 'server-only';
import { and, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { academies, departments, ministries, regions, stateRepresentatives, users } from '@/db/schema';
import { isAdmin } from '@/lib/admin/policy';
import type { ScopeLevel, SessionUser } from '@/lib/auth/types';
import { scopeLabel } from './rules';
import { pageWindow } from '@/lib/pagination';

/** The territory's or ministry's name, whichever the level points to (one of the joins matches). */
const scopeName = sql<
  string | null
>`coalesce(${regions.name}, ${academies.name}, ${departments.name}, ${ministries.name})`;

const scopeCode = sql<
  string | null
>`coalesce(${stateRepresentatives.territoryCode}, ${stateRepresentatives.ministryId}::text)`;

const representativeColumns = {
  userId: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  status: users.status,
  level: stateRepresentatives.level,
  code: scopeCode,
  name: scopeName,
  createdAt: users.createdAt,
  validatedAt: stateRepresentatives.validatedAt,
};

/** Representatives with their account, joined to the one table their level names. */
function selectRepresentatives(db: Db) {
  return db
    .select(representativeColumns)
    .from(stateRepresentatives)
    .innerJoin(users, eq(users.id, stateRepresentatives.userId))
    .leftJoin(
      regions,
      and(eq(stateRepresentatives.level, 'region'), eq(regions.code, stateRepresentatives.territoryCode)),
    )
    .leftJoin(
      academies,
      and(eq(stateRepresentatives.level, 'academy'), eq(academies.code, stateRepresentatives.territoryCode)),
    )
    .leftJoin(
      departments,
      and(eq(stateRepresentatives.level, 'department'), eq(departments.code, stateRepresentatives.territoryCode)),
    )
    .leftJoin(ministries, eq(ministries.id, stateRepresentatives.ministryId));
}

/** One representative with their scope's name, or null. */
export async function findRepresentativeScope(userId: string, db?: Db) {
  db ??= await getDb();
  const [row] = await selectRepresentatives(db).where(eq(stateRepresentatives.userId, userId));
  return row ?? null;
}

/** The caller's own scope named for their dashboard ("Seine-Saint-Denis (93)"), or null. */
export async function ownScopeLabel(actor: SessionUser, db?: Db): Promise<string | null> {
  if (actor.role !== 'state_rep' || !actor.scope) return null;
  const scope = await findRepresentativeScope(actor.id, db);
  return scope ? scopeLabel(scope) : null;
}

export interface RepresentativeRow {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  status: 'active' | 'pending' | 'disabled';
  level: ScopeLevel;
  scope: string;
  createdAt: Date;
  validatedAt: Date | null;
}

/**
 * Admin only (returns an empty page otherwise): representatives awaiting validation (oldest
 * first, so none is forgotten) or validated ones (most recent first), disabled accounts excluded.
 */
export async function listRepresentatives(
  actor: SessionUser,
  { validated, page = 1 }: { validated: boolean; page?: number },
  db?: Db,
): Promise<{ rows: RepresentativeRow[]; total: number }> {
  if (!isAdmin(actor)) return { rows: [], total: 0 };
  db ??= await getDb();
  const where = and(
    validated ? isNotNull(stateRepresentatives.validatedAt) : isNull(stateRepresentatives.validatedAt),
    eq(users.status, 'active'),
  );
  const [rows, totals] = await Promise.all([
    selectRepresentatives(db)
      .where(where)
      .orderBy(validated ? desc(stateRepresentatives.validatedAt) : asc(users.createdAt), asc(users.id))
      .limit(pageWindow(page, 'adminRepresentatives').limit)
      .offset(pageWindow(page, 'adminRepresentatives').offset),
    db
      .select({ total: count() })
      .from(stateRepresentatives)
      .innerJoin(users, eq(users.id, stateRepresentatives.userId))
      .where(where),
  ]);
  return {
    rows: rows.map(({ code, name, ...row }) => ({ ...row, scope: scopeLabel({ level: row.level, code, name }) })),
    total: totals[0]?.total ?? 0,
  };
}
