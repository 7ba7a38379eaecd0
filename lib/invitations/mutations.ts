import 'server-only';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostMembers, invitations, operatorMembers, staffMemberships, type Invitation } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import { hashToken, newToken } from '@/lib/auth/tokens';
import type { SessionUser, StaffRole, UserRole } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { createAccount } from '@/lib/users/mutations';
import { isUniqueViolation } from '@/db/errors';
import { describeInvitation } from './queries';
import { INVITATION_REFUSALS, INVITATION_VALIDITY_DAYS, ROLE_OF_KIND, type InvitationKind } from './rules';
import { canAcceptInvitation } from './policy';
import type { AcceptInvitationInput } from './schemas';

const MEMBER_OF_ANOTHER_SCHOOL =
  'Votre compte fait déjà partie de l’équipe d’un autre collège : un compte ne peut être rattaché qu’à un collège. Demandez au chef d’établissement de cet autre collège de retirer votre accès, puis utilisez à nouveau ce lien.';
const MEMBER_OF_ANOTHER_ORGANISATION =
  'Votre compte gère déjà une autre structure d’accueil : un compte ne peut être rattaché qu’à une structure.';

/**
 * Creates an invitation inside the caller's transaction (the one that also queues its e-mail) and
 * returns the token to put in the link. Only the token's SHA-256 is stored; the link expires after
 * 7 days, measured by the database clock that acceptance compares against. The caller has already
 * checked that the inviter may invite to this school, organisation or operator.
 */
export async function createInvitation(
  tx: Db,
  input: {
    kind: InvitationKind;
    email: string;
    invitedBy: string | null;
    schoolId?: string;
    staffRole?: StaffRole;
    organisationId?: string;
    operatorId?: string;
  },
): Promise<{ id: string; token: string }> {
  const { token, hash } = newToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      kind: input.kind,
      tokenHash: hash,
      email: input.email.trim().toLowerCase(),
      invitedBy: input.invitedBy,
      schoolId: input.kind === 'school_staff' ? input.schoolId : null,
      staffRole: input.kind === 'school_staff' ? input.staffRole : null,
      organisationId: input.kind === 'host_colleague' ? input.organisationId : null,
      operatorId: input.kind === 'operator_member' ? input.operatorId : null,
      expiresAt: sql`now() + make_interval(days => ${INVITATION_VALIDITY_DAYS})`,
    })
    .returning({ id: invitations.id });
  return { id: row!.id, token };
}

/**
 * Accepts an invitation by creating the invited person's account (e-mail: the invited address,
 * which the link proves they read, hence verified) and its membership, in one transaction. Public:
 * the token is the credential. Single use even when two submissions race: the conditional update
 * that marks the invitation used lets exactly one of them through.
 */
export async function acceptInvitationWithNewAccount(
  input: AcceptInvitationInput,
  db?: Db,
): Promise<ActionResult<{ email: string; role: UserRole }>> {
  db ??= await getDb();
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    const invitation = await claim(tx, input.token);
    if (!invitation) return refusal(input.token, tx);
    const role = ROLE_OF_KIND[invitation.kind];
    // The invitation link was opened from that mailbox: the address is verified.
    const account = await createAccount(tx, {
      email: invitation.email,
      passwordHash,
      firstName: input.firstName,
      lastName: input.lastName,
      role,
      via: 'invitation',
    });
    if (!account.ok) return account;
    const joined = await join(tx, invitation, account.data.id);
    if (!joined.ok) return joined;
    return { ok: true, data: { email: invitation.email, role } };
  });
}

/**
 * Accepts an invitation for the signed-in account: it must be the invited address, have the role
 * the invitation gives and, for school staff, belong to no other school.
 */
export async function acceptInvitationAsUser(
  actor: SessionUser,
  token: string,
  db?: Db,
): Promise<ActionResult<{ role: UserRole }>> {
  db ??= await getDb();
  const view = await describeInvitation(token, db);
  if (!view || view.status !== 'valid') return refusal(token, db);
  if (!canAcceptInvitation(actor, view)) {
    return fail(
      'FORBIDDEN',
      view.email !== actor.email
        ? `Cette invitation a été envoyée à ${view.email}, pas à l’adresse de votre compte (${actor.email}). Connectez-vous avec le compte de cette adresse.`
        : `L’adresse ${view.email} est déjà celle d’un compte d’un autre type, qui ne peut pas accepter cette invitation. Demandez une invitation à une autre adresse.`,
    );
  }
  return inTransaction(db, async (tx) => {
    const invitation = await claim(tx, token);
    if (!invitation) return refusal(token, tx);
    const joined = await join(tx, invitation, actor.id);
    if (!joined.ok) return joined;
    return { ok: true, data: { role: actor.role } };
  });
}

/** Marks the invitation used if it still works, atomically; null when used, expired or unknown. */
async function claim(tx: Db, token: string): Promise<Invitation | null> {
  const [invitation] = await tx
    .update(invitations)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.usedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning();
  return invitation ?? null;
}

async function refusal(token: string, db: Db): Promise<ActionResult<never>> {
  const view = await describeInvitation(token, db);
  if (!view) return fail('NOT_FOUND', INVITATION_REFUSALS.unknown);
  if (view.status === 'used') return fail('INVITATION_USED', INVITATION_REFUSALS.used);
  return fail('FORBIDDEN', INVITATION_REFUSALS.expired(view));
}

/** Gives the account the membership the invitation offers, and records who used it. */
async function join(tx: Db, invitation: Invitation, userId: string): Promise<ActionResult<void>> {
  await tx.update(invitations).set({ usedBy: userId }).where(eq(invitations.id, invitation.id));
  switch (invitation.kind) {
    case 'school_staff':
      return joinSchool(tx, invitation as Invitation & { schoolId: string; staffRole: StaffRole }, userId);
    case 'host_colleague':
      // Already a member of this organisation: nothing to add. A member of another one: the unique
      // index host_members_one_organisation refuses the row (inTransaction turns it into a refusal).
      await tx
        .insert(hostMembers)
        .values({ userId, organisationId: invitation.organisationId! })
        .onConflictDoNothing({ target: [hostMembers.userId, hostMembers.organisationId] });
      return { ok: true, data: undefined };
    case 'operator_member': {
      const [other] = await tx
        .select({ id: operatorMembers.operatorId })
        .from(operatorMembers)
        .where(and(eq(operatorMembers.userId, userId), ne(operatorMembers.operatorId, invitation.operatorId!)));
      if (other) return fail('MEMBER_ELSEWHERE', 'Votre compte est déjà rattaché à une autre association partenaire.');
      await tx.insert(operatorMembers).values({ userId, operatorId: invitation.operatorId! }).onConflictDoNothing();
      return { ok: true, data: undefined };
    }
  }
}

/**
 * An active membership with the invited role. A staff member belongs to one school at a time (the
 * session carries one schoolId): an active membership elsewhere makes the unique index
 * staff_memberships_one_active_school refuse the row, even when two invitations are accepted at
 * once (inTransaction turns it into a refusal). A pending request to another school is withdrawn,
 * since this invitation answers it.
 */
async function joinSchool(
  tx: Db,
  invitation: Invitation & { schoolId: string; staffRole: StaffRole },
  userId: string,
): Promise<ActionResult<void>> {
  const [head] = await tx
    .select({ id: staffMemberships.id })
    .from(staffMemberships)
    .where(
      and(
        eq(staffMemberships.userId, userId),
        eq(staffMemberships.schoolId, invitation.schoolId),
        eq(staffMemberships.role, 'head'),
        eq(staffMemberships.status, 'active'),
      ),
    );
  if (head) {
    return fail(
      'ALREADY_MEMBER',
      'Vous êtes le chef d’établissement de ce collège : cette invitation ne change pas votre rôle.',
    );
  }
  await tx
    .delete(staffMemberships)
    .where(
      and(
        eq(staffMemberships.userId, userId),
        eq(staffMemberships.status, 'pending'),
        ne(staffMemberships.schoolId, invitation.schoolId),
      ),
    );
  await tx
    .insert(staffMemberships)
    .values({ userId, schoolId: invitation.schoolId, role: invitation.staffRole, status: 'active' })
    .onConflictDoUpdate({
      target: [staffMemberships.userId, staffMemberships.schoolId],
      set: { role: invitation.staffRole, status: 'active', updatedAt: sql`now()` },
    });
  await audit(tx, {
    actorId: userId,
    action: 'staff.joined',
    targetType: 'school',
    targetId: invitation.schoolId,
    details: { role: invitation.staffRole, invitationId: invitation.id, invitedBy: invitation.invitedBy },
  });
  return { ok: true, data: undefined };
}

/** A refused result rolls back whatever the transaction already wrote (the claim, an account). */
class Refusal extends Error {
  constructor(readonly result: ActionResult<never>) {
    super(result.ok ? '' : result.message);
  }
}

async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Refusal(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (isUniqueViolation(error, 'staff_memberships_one_active_school'))
      return fail('MEMBER_ELSEWHERE', MEMBER_OF_ANOTHER_SCHOOL);
    if (isUniqueViolation(error, 'host_members_one_organisation'))
      return fail('MEMBER_ELSEWHERE', MEMBER_OF_ANOTHER_ORGANISATION);
    throw error;
  }
}
