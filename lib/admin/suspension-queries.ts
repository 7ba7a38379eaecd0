import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostMembers, hostOrganisations, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { withRemovable } from '@/lib/hosts/queries';
import { isUuid } from '@/lib/ids';
import { isAdmin } from './policy';

/** A host organisation for /admin/structures/[id]: its suspension and its members (admin only). */
export async function findOrganisationForAdmin(actor: SessionUser, organisationId: string, db?: Db) {
  if (!isAdmin(actor) || !isUuid(organisationId)) return null;
  db ??= await getDb();
  const [organisation] = await db
    .select({
      id: hostOrganisations.id,
      name: hostOrganisations.name,
      kind: hostOrganisations.kind,
      commune: hostOrganisations.commune,
      suspendedAt: hostOrganisations.suspendedAt,
      suspensionReason: hostOrganisations.suspensionReason,
    })
    .from(hostOrganisations)
    .where(eq(hostOrganisations.id, organisationId));
  if (!organisation) return null;
  const members = await db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      role: hostMembers.role,
    })
    .from(hostMembers)
    .innerJoin(users, eq(users.id, hostMembers.userId))
    .where(eq(hostMembers.organisationId, organisationId))
    .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id));
  return { ...organisation, members: withRemovable(actor, organisationId, members) };
}

/** The organisation a host account belongs to, for the link from the admin's user page. */
export async function organisationIdOfMember(actor: SessionUser, userId: string, db?: Db): Promise<string | null> {
  if (!isAdmin(actor) || !isUuid(userId)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({ id: hostMembers.organisationId })
    .from(hostMembers)
    .where(eq(hostMembers.userId, userId));
  return row?.id ?? null;
}
