import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, operatorHosts, operatorMembers, operators, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { isAdmin } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { createInvitation } from '@/lib/invitations/mutations';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';

/*
 * Operators (partner associations) are created by the national team only: their members post
 * offers for other organisations, so nobody can sign up as one.
 */

const ADMIN_ONLY = 'Cette action est réservée à l’équipe nationale.';

export async function createOperator(
  actor: SessionUser,
  input: { name: string },
  db?: Db,
): Promise<ActionResult<{ id: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(operators)
      .values({ name: input.name })
      .onConflictDoNothing()
      .returning({ id: operators.id });
    if (!created)
      return fail('NAME_TAKEN', 'Une association partenaire porte déjà ce nom.', { name: ['Ce nom est déjà pris.'] });
    await audit(tx, {
      actorId: actor.id,
      action: 'operator.created',
      targetType: 'operator',
      targetId: created.id,
      details: { name: input.name },
    });
    return { ok: true as const, data: created };
  });
}

/** E-mails a person a 7-day link to open their account as a member of the operator. */
export async function inviteOperatorMember(
  actor: SessionUser,
  input: { operatorId: string; email: string },
  db?: Db,
): Promise<ActionResult<{ invitationId: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [operator] = await tx
      .select({ id: operators.id, name: operators.name })
      .from(operators)
      .where(eq(operators.id, input.operatorId));
    if (!operator) return fail('NOT_FOUND', 'Cette association partenaire n’existe pas.');
    const [already] = await tx
      .select({ userId: operatorMembers.userId })
      .from(operatorMembers)
      .innerJoin(users, eq(users.id, operatorMembers.userId))
      .where(and(eq(operatorMembers.operatorId, operator.id), eq(users.email, input.email)));
    if (already)
      return fail('ALREADY_MEMBER', 'Cette personne est déjà membre de l’association.', {
        email: ['Cette adresse est déjà celle d’un membre.'],
      });
    const invitation = await createInvitation(tx, {
      kind: 'operator_member',
      email: input.email,
      invitedBy: actor.id,
      operatorId: operator.id,
    });
    await enqueueEmail(
      tx,
      input.email,
      emails.operatorInvitation({ operatorName: operator.name, token: invitation.token }),
    );
    await audit(tx, {
      actorId: actor.id,
      action: 'operator.member_invited',
      targetType: 'operator',
      targetId: operator.id,
      details: { invitationId: invitation.id },
    });
    return { ok: true as const, data: { invitationId: invitation.id } };
  });
}

/** Lets the operator post offers for this host organisation (and count them in its statistics). */
export async function attachHost(
  actor: SessionUser,
  input: { operatorId: string; organisationId: string },
  db?: Db,
): Promise<ActionResult<{ name: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [operator] = await tx.select({ id: operators.id }).from(operators).where(eq(operators.id, input.operatorId));
    const [organisation] = await tx
      .select({ name: hostOrganisations.name })
      .from(hostOrganisations)
      .where(eq(hostOrganisations.id, input.organisationId));
    if (!operator || !organisation) return fail('NOT_FOUND', 'Cette association ou cette structure n’existe pas.');
    const [attached] = await tx
      .insert(operatorHosts)
      .values(input)
      .onConflictDoNothing()
      .returning({ operatorId: operatorHosts.operatorId });
    if (!attached) return fail('ALREADY_DONE', `${organisation.name} est déjà accompagnée par cette association.`);
    await audit(tx, {
      actorId: actor.id,
      action: 'operator.host_attached',
      targetType: 'operator',
      targetId: input.operatorId,
      details: { organisationId: input.organisationId },
    });
    return { ok: true as const, data: organisation };
  });
}

export async function detachHost(
  actor: SessionUser,
  input: { operatorId: string; organisationId: string },
  db?: Db,
): Promise<ActionResult<void>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [detached] = await tx
      .delete(operatorHosts)
      .where(
        and(eq(operatorHosts.operatorId, input.operatorId), eq(operatorHosts.organisationId, input.organisationId)),
      )
      .returning({ operatorId: operatorHosts.operatorId });
    if (!detached) return fail('NOT_FOUND', 'Cette structure n’est pas accompagnée par cette association.');
    await audit(tx, {
      actorId: actor.id,
      action: 'operator.host_detached',
      targetType: 'operator',
      targetId: input.operatorId,
      details: { organisationId: input.organisationId },
    });
    return { ok: true as const, data: undefined };
  });
}

/**
 * Grants or withdraws the partner API's full access (searching every published offer, not only the
 * operator's own): read on every call, so it applies to the operator's next request.
 */
export async function setOperatorApiAccess(
  actor: SessionUser,
  input: { operatorId: string; fullAccess: boolean },
  db?: Db,
): Promise<ActionResult<void>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(operators)
      .set({ apiFullAccess: input.fullAccess })
      .where(and(eq(operators.id, input.operatorId), ne(operators.apiFullAccess, input.fullAccess)))
      .returning({ id: operators.id });
    if (!changed) {
      const [exists] = await tx.select({ id: operators.id }).from(operators).where(eq(operators.id, input.operatorId));
      if (!exists) return fail('NOT_FOUND', 'Cette association partenaire n’existe pas.');
      return fail(
        'ALREADY_DONE',
        input.fullAccess ? 'L’accès complet est déjà accordé.' : 'L’accès complet est déjà retiré.',
      );
    }
    await audit(tx, {
      actorId: actor.id,
      action: 'operator.api_access_changed',
      targetType: 'operator',
      targetId: input.operatorId,
      details: { fullAccess: input.fullAccess },
    });
    return { ok: true as const, data: undefined };
  });
}
