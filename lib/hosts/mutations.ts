import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostMembers, hostOrganisations, ministries, paqteGroups, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import { canManageOrganisation, readOnlyRefusal } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { createInvitation } from '@/lib/invitations/mutations';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { createAccount } from '@/lib/users/mutations';
import { departmentFromPostcode } from '@/lib/geo/postcode';
import type { HostSignUpInput } from './schemas';

/**
 * Public sign-up of a host organisation and its first member, in one transaction: the
 * organisation, the account (role host) and the membership exist together or not at all.
 * The ministry and PAQTE group are re-read so a forged id is refused with a message, not a
 * foreign-key error.
 */
export async function signUpHost(
  { password, ...input }: HostSignUpInput,
  db?: Db,
): Promise<ActionResult<{ userId: string; organisationId: string }>> {
  db ??= await getDb();
  if (input.ministryId) {
    const [ministry] = await db
      .select({ id: ministries.id })
      .from(ministries)
      .where(eq(ministries.id, input.ministryId));
    if (!ministry)
      return fail('VALIDATION', 'Le ministère choisi n’existe pas.', {
        ministryId: ['Choisissez un ministère de la liste.'],
      });
  }
  if (input.paqteGroupId) {
    const [group] = await db
      .select({ id: paqteGroups.id })
      .from(paqteGroups)
      .where(eq(paqteGroups.id, input.paqteGroupId));
    if (!group)
      return fail('VALIDATION', 'Le groupe choisi n’existe pas.', {
        paqteGroupId: ['Choisissez un groupe de la liste, ou « Aucun ».'],
      });
  }
  // Hashed outside the transaction: scrypt takes a few hundred milliseconds.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const account = await createAccount(tx, {
      via: 'sign_up',
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      passwordHash,
      role: 'host',
    });
    if (!account.ok) return account;
    const [organisation] = await tx
      .insert(hostOrganisations)
      .values({
        kind: input.kind,
        name: input.organisationName,
        siret: input.siret,
        ministryId: input.ministryId,
        paqteGroupId: input.paqteGroupId,
        commune: input.commune,
        postcode: input.postcode,
        departmentCode: input.postcode ? departmentFromPostcode(input.postcode) : null,
      })
      .returning({ id: hostOrganisations.id });
    // The organisation's first member administers its team.
    await tx.insert(hostMembers).values({ userId: account.data.id, organisationId: organisation!.id, role: 'admin' });
    return { ok: true as const, data: { userId: account.data.id, organisationId: organisation!.id } };
  });
}

/**
 * A member invites a colleague into their own organisation (7-day, single-use link by e-mail).
 * The organisation id comes from the form: it must be the actor's, and the insert reads the
 * organisation through the actor's membership so a forged id reaches nothing.
 */
export async function inviteColleague(
  actor: SessionUser,
  input: { organisationId: string; email: string },
  db?: Db,
): Promise<ActionResult<{ invitationId: string }>> {
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  if (!canManageOrganisation(actor, input.organisationId))
    return fail('FORBIDDEN', 'Vous ne pouvez inviter des collègues que dans votre propre structure.');
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ id: hostOrganisations.id, name: hostOrganisations.name })
      .from(hostOrganisations)
      .innerJoin(
        hostMembers,
        and(eq(hostMembers.organisationId, hostOrganisations.id), eq(hostMembers.userId, actor.id)),
      )
      .where(eq(hostOrganisations.id, input.organisationId));
    if (!organisation)
      return fail('FORBIDDEN', 'Vous ne pouvez inviter des collègues que dans votre propre structure.');
    const [already] = await tx
      .select({ userId: hostMembers.userId })
      .from(hostMembers)
      .innerJoin(users, eq(users.id, hostMembers.userId))
      .where(and(eq(hostMembers.organisationId, organisation.id), eq(users.email, input.email)));
    if (already)
      return fail('ALREADY_MEMBER', 'Cette personne fait déjà partie de votre structure.', {
        email: ['Cette adresse est déjà celle d’un membre de votre structure.'],
      });
    const invitation = await createInvitation(tx, {
      kind: 'host_colleague',
      email: input.email,
      invitedBy: actor.id,
      organisationId: organisation.id,
    });
    await enqueueEmail(
      tx,
      input.email,
      emails.hostInvitation({
        organisationName: organisation.name,
        inviterName: `${actor.firstName} ${actor.lastName}`,
        token: invitation.token,
      }),
    );
    await audit(tx, {
      actorId: actor.id,
      action: 'host.colleague_invited',
      targetType: 'host_organisation',
      targetId: organisation.id,
      details: { invitationId: invitation.id },
    });
    return { ok: true as const, data: { invitationId: invitation.id } };
  });
}
