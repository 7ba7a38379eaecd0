import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  agreementSignatures,
  applicationEvents,
  applications,
  emailOutbox,
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
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
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
export async function deleteAccount(actor: SessionUser, input: DeleteAccountInput, context: RequestContext, db?: Db): Promise<ActionResult> {
  db ??= await getDb();
  const now = context.now ?? new Date();
  const refused = await checkCurrentPassword(db, actor, input.currentPassword, context);
  if (refused) return refused;

  return db.transaction(async (tx): Promise<ActionResult> => {
    const [headOf] = await tx
      .select({ name: schools.name })
      .from(staffMemberships)
      .innerJoin(schools, eq(schools.id, staffMemberships.schoolId))
      .where(and(eq(staffMemberships.userId, actor.id), eq(staffMemberships.role, 'head'), eq(staffMemberships.status, 'active')));
    if (headOf) {
      return fail(
        'CONFLICT',
        `Vous êtes chef d’établissement de : ${headOf.name}. Avant de supprimer votre compte, écrivez à l’équipe nationale pour que ce rôle soit confié à votre successeur : sans chef d’établissement, le collège ne pourrait plus gérer son équipe.`,
      );
    }

    const [current] = await tx
      .select({ email: users.email, role: users.role })
      .from(users)
      .where(and(eq(users.id, actor.id), isNull(users.deletedAt)))
      .for('update');
    if (!current) return fail('NOT_FOUND', 'Ce compte a déjà été supprimé.');

    await tx
      .update(users)
      .set({ email: deletedEmail(actor.id), ...DELETED_NAME, passwordHash: null, status: 'disabled', deletedAt: now, emailVerifiedAt: null, lastSignInAt: null, updatedAt: now })
      .where(eq(users.id, actor.id));
    await tx.delete(userTokens).where(eq(userTokens.userId, actor.id));
    await tx.delete(staffMemberships).where(eq(staffMemberships.userId, actor.id));
    await tx.delete(hostMembers).where(eq(hostMembers.userId, actor.id));
    await tx.delete(operatorMembers).where(eq(operatorMembers.userId, actor.id));
    await tx.delete(stateRepresentatives).where(eq(stateRepresentatives.userId, actor.id));
    // The head then sees the class needs a new main teacher instead of a deleted account.
    await tx.update(schoolClasses).set({ mainTeacherId: null }).where(eq(schoolClasses.mainTeacherId, actor.id));
    // The outbox is a delivery queue, not an archive: messages to the old address go with it.
    await tx.delete(emailOutbox).where(eq(emailOutbox.toAddress, current.email));
    await tx.update(agreementSignatures).set({ signerName: `${DELETED_NAME.firstName} ${DELETED_NAME.lastName}` }).where(eq(agreementSignatures.signerUserId, actor.id));
    await anonymisePupilApplications(tx, actor.id, now);

    await audit(tx, { actorId: actor.id, action: 'user.deleted', targetType: 'user', targetId: actor.id, details: { role: current.role } });
    return { ok: true, data: undefined };
  });
}

/** Motivation letters are the pupil's own words: erased. Open applications are withdrawn, with their history. */
async function anonymisePupilApplications(tx: Db, pupilId: string, now: Date): Promise<void> {
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
    .where(inArray(applications.id, open.map((application) => application.id)));
  await tx.insert(applicationEvents).values(
    open.map((application) => ({ applicationId: application.id, fromStatus: application.status, toStatus: 'canceled_by_pupil' as const, actorId: pupilId, note: 'Compte supprimé par l’élève', createdAt: now })),
  );
}
