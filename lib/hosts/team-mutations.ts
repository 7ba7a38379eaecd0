import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostMembers, hostOrganisations, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { canRemoveColleague, readOnlyRefusal } from './policy';

const NOT_A_MEMBER = 'Cette personne ne fait pas partie de l’équipe de cette structure.';

/**
 * Removes a member from an organisation (canRemoveColleague: its own admins, or the platform
 * admin; never its last admin). The membership is deleted, so the account has no organisation
 * from its next request on (its sessions stay: it is still an account). The organisation's
 * member rows are locked first, so two admins removing each other at once cannot leave it
 * without an admin: the second one finds it is no longer a member. Audited; the person is told.
 */
export async function removeColleague(
  actor: SessionUser,
  input: { organisationId: string; userId: string },
  db?: Db,
): Promise<ActionResult<void>> {
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  if (actor.role !== 'admin' && actor.organisationId !== input.organisationId)
    return fail('FORBIDDEN', 'Vous ne pouvez retirer des collègues que de votre propre structure.');
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const members = await tx
      .select({ userId: hostMembers.userId, role: hostMembers.role })
      .from(hostMembers)
      .where(eq(hostMembers.organisationId, input.organisationId))
      .for('update');
    const member = members.find((m) => m.userId === input.userId);
    if (!member) return fail('NOT_FOUND', NOT_A_MEMBER);
    if (actor.role !== 'admin' && !members.some((m) => m.userId === actor.id && m.role === 'admin'))
      return fail('FORBIDDEN', 'Seuls les administrateurs de la structure retirent des collègues.');
    const lastAdmin = members.filter((m) => m.role === 'admin').length === 1;
    const target = { ...member, organisationId: input.organisationId, lastAdmin };
    if (!canRemoveColleague(actor, target))
      return fail(
        'FORBIDDEN',
        input.userId === actor.id
          ? 'Vous ne pouvez pas vous retirer vous-même : demandez-le à un autre administrateur de la structure.'
          : member.role === 'admin' && lastAdmin
            ? 'C’est le dernier administrateur de la structure : elle ne peut pas rester sans administrateur.'
            : 'Seuls les administrateurs de la structure retirent des collègues.',
      );
    await tx
      .delete(hostMembers)
      .where(and(eq(hostMembers.organisationId, input.organisationId), eq(hostMembers.userId, input.userId)));
    const [row] = await tx
      .select({ email: users.email, organisationName: hostOrganisations.name })
      .from(users)
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, input.organisationId))
      .where(eq(users.id, input.userId));
    await audit(tx, {
      actorId: actor.id,
      action: 'host.colleague_removed',
      targetType: 'host_organisation',
      targetId: input.organisationId,
      details: { userId: input.userId, role: member.role },
    });
    await enqueueEmail(tx, row!.email, emails.colleagueRemoved({ organisationName: row!.organisationName }));
    return { ok: true as const, data: undefined };
  });
}
