import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  agreementLegalRepresentatives,
  agreements,
  agreementSignatures,
  schoolAgreementTerms,
  staffMemberships,
  users,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { readOnlyRefusal } from '@/lib/hosts/policy';
import { isUuid } from '@/lib/ids';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import { canWriteSchoolTerms } from './policy';
import { missingHostFields, missingSchoolFields, type HostPart, type SchoolPart } from './rules';
import type { HostPartInput, SchoolPartInput, SchoolTermsInput } from './schemas';
import { hostEditableAgreements, schoolEditableAgreements } from './scope';
import { issueRepresentativeLinks } from './link-mutations';
import { agreementContent, tellOtherSide, tellVoidedSigners } from './notify-mutations';

/*
 * Writing a convention: created when the pupil confirms (in that transaction), completed by each
 * side, cancelled with its application. A change of the text voids the signatures already given and
 * tells those who signed; completing a part tells the other side.
 */

const NOT_FOUND = 'Convention introuvable, ou elle ne vous concerne pas.';
const CLOSED = 'Cette convention est annulée ou le stage est passé : elle ne peut plus être modifiée.';

/**
 * The conventions of applications leaving 'confirmed' (moveApplications, the one door): cancelled,
 * with the reason the application's cancellation gives. A convention already cancelled or whose
 * week is over keeps what it has.
 */
export async function cancelAgreementsOf(
  tx: Db,
  applicationIds: readonly string[],
  { reason, actorId, now }: { reason: string; actorId: string | null; now: Date },
): Promise<void> {
  if (!applicationIds.length) return;
  await tx
    .update(agreements)
    .set({ canceledAt: now, canceledBy: actorId, cancellationReason: reason })
    .where(
      and(
        inArray(agreements.applicationId, [...applicationIds]),
        isNull(agreements.canceledAt),
        isNull(agreements.outcome),
      ),
    );
}

/** The convention in the actor's scope, locked, or a refusal. */
async function lockOpen(tx: Db, agreementId: string, scope: ReturnType<typeof hostEditableAgreements>) {
  const [row] = await tx
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, agreementId), scope!))
    .for('update');
  if (!row) return fail('NOT_FOUND', NOT_FOUND);
  if (row.canceledAt || row.outcome) return fail('TRANSITION_NOT_ALLOWED', CLOSED);
  return row;
}

/** Live signatures are on the text as it was: a change voids them, and their signers are told. */
async function voidSignatures(tx: Db, agreementId: string, now: Date): Promise<void> {
  const voided = await tx
    .update(agreementSignatures)
    .set({ voidedAt: now })
    .where(and(eq(agreementSignatures.agreementId, agreementId), isNull(agreementSignatures.voidedAt)))
    .returning({ userId: agreementSignatures.signerUserId, repId: agreementSignatures.legalRepresentativeId });
  await tellVoidedSigners(tx, agreementId, voided);
}

/**
 * The host (or its operator) saves its part, complete or not; the 7-hour limit is refused by the
 * schema and by the database. Once complete for the first time, the school is told.
 */
export async function completeHostPart(
  actor: SessionUser,
  agreementId: string,
  input: HostPartInput,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<{ missing: string[] }>> {
  const scope = hostEditableAgreements(actor);
  if (!scope || !isUuid(agreementId)) return fail('NOT_FOUND', NOT_FOUND);
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const current = await lockOpen(tx, agreementId, scope);
    if ('ok' in current) return current;
    const before = missingHostFields(current.hostPart as Partial<HostPart>);
    const missing = missingHostFields(input);
    if (isDeepStrictEqual(current.hostPart, input)) return { ok: true as const, data: { missing } };
    await tx
      .update(agreements)
      .set({ hostPart: input, hostPartUpdatedAt: now, hostPartUpdatedBy: actor.id })
      .where(eq(agreements.id, agreementId));
    await voidSignatures(tx, agreementId, now);
    if (before.length && !missing.length) await tellOtherSide(tx, agreementId, 'host');
    await issueRepresentativeLinks(tx, agreementId, now);
    return { ok: true as const, data: { missing } };
  });
}

/**
 * The school saves its part: who signs (its head, or a staff member of the school the head
 * delegates), the referring teacher, the legal representatives (kept in their places), and the
 * school's standard terms as they are now. Once complete for the first time, the host is told.
 */
export async function completeSchoolPart(
  actor: SessionUser,
  agreementId: string,
  input: SchoolPartInput,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<{ missing: string[] }>> {
  const scope = schoolEditableAgreements(actor);
  if (!scope || !isUuid(agreementId)) return fail('NOT_FOUND', NOT_FOUND);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const current = await lockOpen(tx, agreementId, scope);
    if ('ok' in current) return current;
    const [signatory] = await tx
      .select({ firstName: users.firstName, lastName: users.lastName, role: staffMemberships.role })
      .from(staffMemberships)
      .innerJoin(users, eq(users.id, staffMemberships.userId))
      .where(
        and(
          eq(staffMemberships.userId, input.signatoryUserId),
          eq(staffMemberships.schoolId, actor.schoolId!),
          eq(staffMemberships.status, 'active'),
          isNull(users.deletedAt),
        ),
      );
    if (!signatory)
      return fail('VALIDATION', 'Choisissez qui signe pour le collège parmi son équipe.', {
        signatoryUserId: ['Choisissez qui signe pour le collège parmi son équipe.'],
      });
    const [terms] = await tx
      .select({ text: schoolAgreementTerms.text })
      .from(schoolAgreementTerms)
      .where(eq(schoolAgreementTerms.schoolId, actor.schoolId!));
    const schoolPart: Partial<SchoolPart> = {
      signatory: {
        userId: input.signatoryUserId,
        name: `${signatory.firstName} ${signatory.lastName}`,
        role:
          signatory.role === 'head'
            ? STAFF_ROLE_LABELS.head
            : `${STAFF_ROLE_LABELS[signatory.role]}, par délégation du chef d’établissement`,
      },
      referringTeacher: { name: input.referringTeacherName, email: input.referringTeacherEmail },
      ...(terms && { terms: terms.text }),
    };
    const reps = input.legalRepresentatives.map((rep, i) => ({ position: i + 1, ...rep }));
    const before = await agreementContent(tx, agreementId);
    const wasMissing = missingSchoolFields(before.schoolPart, before.legalRepresentatives);
    const missing = missingSchoolFields(schoolPart, reps);
    const sameReps = isDeepStrictEqual(
      before.legalRepresentatives.map(({ position, fullName, email }) => ({ position, fullName, email })),
      reps,
    );
    if (sameReps && isDeepStrictEqual(before.schoolPart, schoolPart)) return { ok: true as const, data: { missing } };
    await tx
      .update(agreements)
      .set({ schoolPart, schoolPartUpdatedAt: now, schoolPartUpdatedBy: actor.id })
      .where(eq(agreements.id, agreementId));
    for (const rep of reps)
      await tx
        .insert(agreementLegalRepresentatives)
        .values({ agreementId, ...rep })
        .onConflictDoUpdate({
          target: [agreementLegalRepresentatives.agreementId, agreementLegalRepresentatives.position],
          set: { fullName: rep.fullName, email: rep.email },
        });
    await voidSignatures(tx, agreementId, now);
    await tx
      .delete(agreementLegalRepresentatives)
      .where(
        and(
          eq(agreementLegalRepresentatives.agreementId, agreementId),
          gt(agreementLegalRepresentatives.position, reps.length),
        ),
      );
    if (wasMissing.length && !missing.length) await tellOtherSide(tx, agreementId, 'school');
    // A representative whose address changed must not sign through the link sent to the old one.
    const readdressed = before.legalRepresentatives.filter((rep) =>
      reps.some((r) => r.position === rep.position && r.email !== rep.email),
    );
    await issueRepresentativeLinks(tx, agreementId, now, { replace: readdressed.map((rep) => rep.id) });
    return { ok: true as const, data: { missing } };
  });
}

/**
 * The head writes the school's standard terms once and updates them when needed. A convention copies
 * them when its school part is saved: an update never changes a text already completed or signed.
 */
export async function saveSchoolTerms(
  actor: SessionUser,
  input: SchoolTermsInput,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<void>> {
  if (!actor.schoolId || !canWriteSchoolTerms(actor, actor.schoolId))
    return fail('FORBIDDEN', 'Seul le chef d’établissement écrit les conditions générales du collège.');
  db ??= await getDb();
  await db
    .insert(schoolAgreementTerms)
    .values({ schoolId: actor.schoolId, text: input.text, updatedAt: now, updatedBy: actor.id })
    .onConflictDoUpdate({
      target: schoolAgreementTerms.schoolId,
      set: { text: input.text, updatedAt: now, updatedBy: actor.id },
    });
  return { ok: true, data: undefined };
}
