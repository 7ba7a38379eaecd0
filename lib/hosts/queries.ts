import 'server-only';
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  hostMembers,
  hostOrganisations,
  invitations,
  ministries,
  operatorHosts,
  operators,
  paqteGroups,
  users,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { OrganisationKind } from './labels';
import { canRemoveColleague } from './policy';

export interface Option {
  value: string;
  label: string;
}

/** Supervising ministries and PAQTE groups for the host sign-up form (public reference data). */
export async function listSignUpChoices(db?: Db): Promise<{ ministries: Option[]; paqteGroups: Option[] }> {
  db ??= await getDb();
  const [ministryRows, groupRows] = await Promise.all([
    db.select({ value: ministries.id, label: ministries.name }).from(ministries).orderBy(asc(ministries.name)),
    db.select({ value: paqteGroups.id, label: paqteGroups.name }).from(paqteGroups).orderBy(asc(paqteGroups.name)),
  ]);
  return { ministries: ministryRows, paqteGroups: groupRows };
}

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  siret: string | null;
  commune: string | null;
  postcode: string | null;
  ministry: string | null;
  paqteGroup: string | null;
}

const organisationColumns = {
  id: hostOrganisations.id,
  name: hostOrganisations.name,
  kind: hostOrganisations.kind,
  siret: hostOrganisations.siret,
  commune: hostOrganisations.commune,
  postcode: hostOrganisations.postcode,
  ministry: ministries.name,
  paqteGroup: paqteGroups.name,
};

/** The host's own organisation (through their membership), or null for anyone else. */
export async function findOwnOrganisation(actor: SessionUser, db?: Db): Promise<OrganisationSummary | null> {
  if (actor.role !== 'host' || !actor.organisationId) return null;
  db ??= await getDb();
  const [row] = await db
    .select(organisationColumns)
    .from(hostOrganisations)
    .innerJoin(hostMembers, and(eq(hostMembers.organisationId, hostOrganisations.id), eq(hostMembers.userId, actor.id)))
    .leftJoin(ministries, eq(ministries.id, hostOrganisations.ministryId))
    .leftJoin(paqteGroups, eq(paqteGroups.id, hostOrganisations.paqteGroupId))
    .where(eq(hostOrganisations.id, actor.organisationId));
  return row ?? null;
}

/**
 * The team page of the actor's organisation: members and invitations still usable. Scoped by
 * the actor's membership in the WHERE clause; empty for anyone who is not a host member.
 */
export async function getOrganisationTeam(actor: SessionUser, now = new Date(), db?: Db) {
  if (actor.role !== 'host' || !actor.organisationId) return null;
  db ??= await getDb();
  const organisation = await findOwnOrganisation(actor, db);
  if (!organisation) return null;
  const [members, pending] = await Promise.all([
    db
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        email: users.email,
        status: users.status,
        role: hostMembers.role,
        since: hostMembers.createdAt,
      })
      .from(hostMembers)
      .innerJoin(users, eq(users.id, hostMembers.userId))
      .where(eq(hostMembers.organisationId, organisation.id))
      .orderBy(asc(users.lastName), asc(users.firstName)),
    db
      .select({
        id: invitations.id,
        email: invitations.email,
        expiresAt: invitations.expiresAt,
        createdAt: invitations.createdAt,
      })
      .from(invitations)
      .where(
        and(
          eq(invitations.kind, 'host_colleague'),
          eq(invitations.organisationId, organisation.id),
          isNull(invitations.usedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .orderBy(desc(invitations.createdAt)),
  ]);
  return { organisation, members: withRemovable(actor, organisation.id, members), pending };
}

/** Marks the members the actor may remove from the organisation (canRemoveColleague). */
export function withRemovable<M extends { id: string; role: 'admin' | 'member' }>(
  actor: SessionUser,
  organisationId: string,
  members: M[],
): (M & { removable: boolean })[] {
  const lastAdmin = members.filter((member) => member.role === 'admin').length === 1;
  return members.map((member) => ({
    ...member,
    removable: canRemoveColleague(actor, { organisationId, userId: member.id, role: member.role, lastAdmin }),
  }));
}

/** An operator member's association and the host organisations it supports, or null. */
export async function getOperatorOverview(actor: SessionUser, db?: Db) {
  if (actor.role !== 'operator' || !actor.operatorId) return null;
  db ??= await getDb();
  const [operator] = await db
    .select({ id: operators.id, name: operators.name })
    .from(operators)
    .where(eq(operators.id, actor.operatorId));
  if (!operator) return null;
  const hosts = await db
    .select(organisationColumns)
    .from(operatorHosts)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, operatorHosts.organisationId))
    .leftJoin(ministries, eq(ministries.id, hostOrganisations.ministryId))
    .leftJoin(paqteGroups, eq(paqteGroups.id, hostOrganisations.paqteGroupId))
    .where(eq(operatorHosts.operatorId, operator.id))
    .orderBy(asc(hostOrganisations.name));
  return { operator, hosts };
}
