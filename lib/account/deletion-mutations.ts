import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  agreementSignatures,
  applicationEvents,
  applications,
  hostMembers,
  operatorMembers,
  schoolClasses,
  schools,
  staffMemberships,
  stateRepresentatives,
  userTokens,
  users,
} from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { revokeUserSessions } from '@/lib/auth/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { deleteAccountMail } from '@/lib/notifications/mutations';
import { checkCurrentPassword, type RequestContext } from './mutations';
import type { DeleteAccountInput } from './schemas';

export const DELETED_NAME = { firstName: 'Compte', lastName: 'supprimé' } as const;
export const deletedEmail = (userId: string) => `supprime-${userId}@compte-supprime.invalid`;

/** Applications still waiting for someone: cancelled so hosts stop holding or weighing a seat for nobody. */
const OPEN_STATUSES = ['submitted', 'read', 'accepted'] as const;

/**
 * Deletes the caller's account by anonymising it (GDPR erasure) rather than removing rows: the
 * identity, password and links go; what the campaign's statistics need stays anonymous (a
 * pupil's school, class and gender, their applications and their history). Memberships of a
 * school, organisation or operator end. A school head must hand over first: a school without a
 * head could no longer manage its staff.
 */
export async function deleteAccount(
  actor: SessionUser,
  input: DeleteAccountInput,
  context: RequestContext,
  db?: Db,
): Promise<ActionResult> {
  db ??= await getDb();
  const now = context.now ?? new Date();
  const refused = await checkCurrentPassword(db, actor, input.currentPassword, context);
  if (refused) return refused;

  return db.transaction(async (tx): Promise<ActionResult> => {
    const [headOf] = await tx
      .select({ name: schools.name })
      .from(staffMemberships)
      .innerJoin(schools, eq(schools.id, staffMemberships.schoolId))
      .where(
        and(
          eq(staffMemberships.userId, actor.id),
          eq(staffMemberships.role, 'head'),
          eq(staffMemberships.status, 'active'),
        ),
      );
    if (headOf) {
      return fail(
        'HEAD_REQUIRED',
        `Vous êtes chef d’établissement de : ${headOf.name}. Avant de supprimer votre compte, écrivez à l’équipe nationale pour que ce rôle soit confié à votre successeur : sans chef d’établissement, le collège ne pourrait plus gérer son équipe.`,
      );
    }

    if (!(await anonymiseUser(tx, actor.id, { now, reason: 'request' })))
      return fail('NOT_FOUND', 'Ce compte a déjà été supprimé.');
    return { ok: true, data: undefined };
  });
}

/**
 * Why an account is anonymised: its holder asked (/compte), or the retention rules of the personal
 * data page ended it (lib/account/retention-mutations.ts, no human actor).
 */
export type DeletionReason = 'request' | 'retention';

/**
 * Anonymises one account, in the caller's transaction: the single implementation behind both a
 * user-requested deletion and the retention job. Locks the user row and does nothing (returns
 * false) when the account is already deleted, so running it twice, or from two instances at once,
 * anonymises and audits once. The caller decides whether the deletion is allowed (the head rule).
 */
export async function anonymiseUser(
  tx: Db,
  userId: string,
  { now, reason }: { now: Date; reason: DeletionReason },
): Promise<boolean> {
  const [current] = await tx
    .select({ email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .for('update');
  if (!current) return false;

  await tx
    .update(users)
    .set({
      email: deletedEmail(userId),
      ...DELETED_NAME,
      passwordHash: null,
      status: 'disabled',
      deletedAt: now,
      emailVerifiedAt: null,
      lastSignInAt: null,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
  await tx.delete(userTokens).where(eq(userTokens.userId, userId));
  await revokeUserSessions(tx, userId, now);
  const memberships = await tx
    .delete(staffMemberships)
    .where(eq(staffMemberships.userId, userId))
    .returning({ schoolId: staffMemberships.schoolId, role: staffMemberships.role, status: staffMemberships.status });
  await tx.delete(hostMembers).where(eq(hostMembers.userId, userId));
  await tx.delete(operatorMembers).where(eq(operatorMembers.userId, userId));
  await tx.delete(stateRepresentatives).where(eq(stateRepresentatives.userId, userId));
  // The head then sees the class needs a new main teacher instead of a deleted account.
  await tx.update(schoolClasses).set({ mainTeacherId: null }).where(eq(schoolClasses.mainTeacherId, userId));
  // The outbox is a delivery queue, not an archive: the account's mail goes with it, whatever address it went to.
  await deleteAccountMail(tx, userId, current.email);
  await tx
    .update(agreementSignatures)
    .set({ signerName: `${DELETED_NAME.firstName} ${DELETED_NAME.lastName}` })
    .where(eq(agreementSignatures.signerUserId, userId));
  await anonymisePupilApplications(tx, userId, now, reason);

  // Only the retention job ends an active head (deleteAccount refuses): the entry names the schools
  // left without a head, for the national team to appoint the successor.
  const headOf = memberships.filter((m) => m.role === 'head' && m.status === 'active').map((m) => m.schoolId);
  await audit(tx, {
    // The retention job acts for nobody: no actor, and the reason says why.
    actorId: reason === 'request' ? userId : null,
    action: 'user.deleted',
    targetType: 'user',
    targetId: userId,
    details: {
      role: current.role,
      ...(reason === 'request' ? {} : { reason }),
      ...(headOf.length > 0 ? { headOf } : {}),
    },
  });
  return true;
}

/** Motivation letters are the pupil's own words: erased. Open applications are withdrawn, with their history. */
async function anonymisePupilApplications(tx: Db, pupilId: string, now: Date, reason: DeletionReason): Promise<void> {
  const open = await tx
    .select({ id: applications.id, status: applications.status })
    .from(applications)
    .where(and(eq(applications.pupilId, pupilId), inArray(applications.status, [...OPEN_STATUSES])))
    .for('update');
  await tx.update(applications).set({ motivation: '' }).where(eq(applications.pupilId, pupilId));
  if (open.length === 0) return;
  await tx
    .update(applications)
    .set({ status: 'canceled_by_pupil', updatedAt: now })
    .where(
      inArray(
        applications.id,
        open.map((application) => application.id),
      ),
    );
  await tx.insert(applicationEvents).values(
    open.map((application) => ({
      applicationId: application.id,
      fromStatus: application.status,
      toStatus: 'canceled_by_pupil' as const,
      actorId: reason === 'request' ? pupilId : null,
      note: reason === 'request' ? 'Compte supprimé par l’élève' : 'Compte supprimé à la fin de l’année de 3e',
      createdAt: now,
    })),
  );
}
