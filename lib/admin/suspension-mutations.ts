import 'server-only';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostMembers, hostOrganisations, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { usableAccount } from '@/lib/users/scope';
import { ADMIN_ONLY, isAdmin } from './policy';

/*
 * The admin suspends an organisation (misleading offers, abuse) and reinstates it. While it is
 * suspended its offers leave the search and their pages at once (organisationSuspended in
 * lib/offers/availability.ts) and its members can only read (readOnlyRefusal in lib/hosts/policy.ts,
 * from the session user rebuilt on each request). Audited; every member is told.
 */

export async function suspendOrganisation(
  actor: SessionUser,
  input: { organisationId: string; reason: string },
  db?: Db,
): Promise<ActionResult<{ name: string }>> {
  return setSuspension(actor, input.organisationId, input.reason, db);
}

export async function reinstateOrganisation(
  actor: SessionUser,
  organisationId: string,
  db?: Db,
): Promise<ActionResult<{ name: string }>> {
  return setSuspension(actor, organisationId, null, db);
}

/** Suspends the organisation with `reason`, or lifts its suspension (null). */
async function setSuspension(
  actor: SessionUser,
  organisationId: string,
  reason: string | null,
  db?: Db,
): Promise<ActionResult<{ name: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .update(hostOrganisations)
      .set({
        suspendedAt: reason ? sql`now()` : null,
        suspendedBy: reason ? actor.id : null,
        suspensionReason: reason,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(hostOrganisations.id, organisationId),
          reason ? isNull(hostOrganisations.suspendedAt) : isNotNull(hostOrganisations.suspendedAt),
        ),
      )
      .returning({ name: hostOrganisations.name });
    if (!organisation)
      return fail(
        'ALREADY_DONE',
        `Cette structure n’existe pas ou ${reason ? 'est déjà suspendue' : 'n’est pas suspendue'}.`,
      );
    await audit(tx, {
      actorId: actor.id,
      action: reason ? 'organisation.suspended' : 'organisation.reinstated',
      targetType: 'host_organisation',
      targetId: organisationId,
      details: reason ? { reason } : undefined,
    });
    const members = await tx
      .select({ email: users.email })
      .from(hostMembers)
      .innerJoin(users, eq(users.id, hostMembers.userId))
      .where(and(eq(hostMembers.organisationId, organisationId), usableAccount));
    const email = reason
      ? emails.organisationSuspended({ organisationName: organisation.name, reason })
      : emails.organisationReinstated({ organisationName: organisation.name });
    await enqueueEmails(
      tx,
      members.map((member) => ({ to: member.email, email })),
    );
    return { ok: true as const, data: organisation };
  });
}
