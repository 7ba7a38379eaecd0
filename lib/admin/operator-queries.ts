import 'server-only';
import { and, asc, desc, eq, gt, isNull, notExists, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, invitations, operatorHosts, operatorMembers, operators, users } from '@/db/schema';
import { isAdmin } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';

/** Admin only: every operator with the size of its team and portfolio, by name. */
export async function listOperators(actor: SessionUser, db?: Db) {
  if (!isAdmin(actor)) return [];
  db ??= await getDb();
  return db
    .select({
      id: operators.id,
      name: operators.name,
      // $count qualifies its columns; a raw correlated subquery here would not (single-table select).
      members: db.$count(operatorMembers, eq(operatorMembers.operatorId, operators.id)),
      hosts: db.$count(operatorHosts, eq(operatorHosts.operatorId, operators.id)),
    })
    .from(operators)
    .orderBy(asc(operators.name));
}

/** Admin only: an operator's members, invitations still usable and supported organisations. */
export async function findOperatorForAdmin(actor: SessionUser, operatorId: string, now = new Date(), db?: Db) {
  if (!isAdmin(actor) || !isUuid(operatorId)) return null;
  db ??= await getDb();
  const [operator] = await db
    .select({
      id: operators.id,
      name: operators.name,
      createdAt: operators.createdAt,
      apiFullAccess: operators.apiFullAccess,
    })
    .from(operators)
    .where(eq(operators.id, operatorId));
  if (!operator) return null;
  const [members, pending, hosts] = await Promise.all([
    db
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        email: users.email,
        status: users.status,
      })
      .from(operatorMembers)
      .innerJoin(users, eq(users.id, operatorMembers.userId))
      .where(eq(operatorMembers.operatorId, operatorId))
      .orderBy(asc(users.lastName)),
    db
      .select({ id: invitations.id, email: invitations.email, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(
        and(
          eq(invitations.kind, 'operator_member'),
          eq(invitations.operatorId, operatorId),
          isNull(invitations.usedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .orderBy(desc(invitations.createdAt)),
    db
      .select({
        id: hostOrganisations.id,
        name: hostOrganisations.name,
        kind: hostOrganisations.kind,
        commune: hostOrganisations.commune,
      })
      .from(operatorHosts)
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, operatorHosts.organisationId))
      .where(eq(operatorHosts.operatorId, operatorId))
      .orderBy(asc(hostOrganisations.name)),
  ]);
  return { operator, members, pending, hosts };
}

/** Admin only: organisations whose name contains q and that the operator does not support yet. */
export async function searchOrganisationsToAttach(actor: SessionUser, operatorId: string, q: string, db?: Db) {
  if (!isAdmin(actor) || q.trim().length < 2) return [];
  db ??= await getDb();
  const pattern = `%${q
    .trim()
    .toLowerCase()
    .replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      id: hostOrganisations.id,
      name: hostOrganisations.name,
      kind: hostOrganisations.kind,
      commune: hostOrganisations.commune,
    })
    .from(hostOrganisations)
    .where(
      and(
        sql`lower(${hostOrganisations.name}) like ${pattern}`,
        notExists(
          db
            .select({ one: sql`1` })
            .from(operatorHosts)
            .where(
              and(eq(operatorHosts.operatorId, operatorId), eq(operatorHosts.organisationId, hostOrganisations.id)),
            ),
        ),
      ),
    )
    .orderBy(asc(hostOrganisations.name))
    .limit(20);
}
