import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  agreementLegalRepresentatives,
  agreements,
  agreementSignatures,
  applications,
  offers,
  operatorHosts,
  pupils,
  schoolAgreementTerms,
  schoolClasses,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { currentFingerprint } from './document-input';
import { accountSigningParty, canEditHostPart, canEditSchoolPart } from './policy';
import {
  agreementState,
  expectedSignerName,
  missingHostFields,
  missingSchoolFields,
  type HostPart,
  type SchoolPart,
} from './rules';
import { readableAgreements } from './scope';

/*
 * Reading conventions, always through the actor's scope: a convention outside it reads exactly as
 * one that does not exist (null), forged ids included.
 */

export type AgreementView = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;

/** One convention for the actor, with its derived state, what each part misses and what the actor may do. */
export async function getAgreement(actor: SessionUser, agreementId: string, db?: Db) {
  const scope = readableAgreements(actor);
  if (!scope || !isUuid(agreementId)) return null;
  db ??= await getDb();
  const [inScope] = await db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.id, agreementId), scope));
  const agreement = inScope && (await loadAgreement(db, agreementId));
  if (!agreement) return null;
  const { parties, ...view } = agreement;
  const open = !view.cancellation && !view.outcome;
  const party = accountSigningParty(actor, parties, view.schoolPart.signatory?.userId);
  const signable = open && (view.state === 'ready_to_sign' || view.state === 'signing');
  return {
    ...view,
    /** The actor's place among the signatories, and whether it still waits for their signature. */
    signer: party && {
      party,
      expectedName: expectedSignerName(view, party),
      pending: signable && view.missingSigners.some((s) => s.party === party),
    },
    can: {
      editHostPart: open && canEditHostPart(actor, parties),
      editSchoolPart: open && canEditSchoolPart(actor, parties),
      /** Re-send a legal representative's link: the school's editors, while the convention is being signed. */
      resendLinks: signable && canEditSchoolPart(actor, parties),
    },
  };
}

/**
 * One convention as stored, with its derived state and its parties, whoever asks: callers check
 * the scope first (getAgreement), or hold a legal representative's link, or lock the row in a
 * transaction that signs it.
 */
export async function loadAgreement(db: Db, agreementId: string) {
  const [row] = await db
    .select({
      agreement: agreements,
      pupilId: applications.pupilId,
      schoolId: pupils.schoolId,
      mainTeacherId: schoolClasses.mainTeacherId,
      organisationId: offers.organisationId,
      operatorId: offers.operatorId,
    })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(pupils, eq(pupils.userId, applications.pupilId))
    .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .where(eq(agreements.id, agreementId));
  if (!row) return null;
  const { agreement } = row;
  const [legalRepresentatives, signatures, supporting] = await Promise.all([
    db
      .select({
        id: agreementLegalRepresentatives.id,
        position: agreementLegalRepresentatives.position,
        fullName: agreementLegalRepresentatives.fullName,
        email: agreementLegalRepresentatives.email,
      })
      .from(agreementLegalRepresentatives)
      .where(eq(agreementLegalRepresentatives.agreementId, agreement.id))
      .orderBy(asc(agreementLegalRepresentatives.position)),
    db
      .select({
        party: agreementSignatures.party,
        legalRepresentativeId: agreementSignatures.legalRepresentativeId,
        signerName: agreementSignatures.signerName,
        signedAt: agreementSignatures.signedAt,
        textFingerprint: agreementSignatures.textFingerprint,
      })
      .from(agreementSignatures)
      .where(and(eq(agreementSignatures.agreementId, agreement.id), isNull(agreementSignatures.voidedAt))),
    row.operatorId
      ? db
          .select({ operatorId: operatorHosts.operatorId })
          .from(operatorHosts)
          .where(eq(operatorHosts.organisationId, row.organisationId))
      : Promise.resolve([]),
  ]);
  const hostPart = agreement.hostPart as Partial<HostPart>;
  const schoolPart = agreement.schoolPart as Partial<SchoolPart>;
  const fingerprint = currentFingerprint({ facts: agreement.facts, hostPart, schoolPart, legalRepresentatives });
  return {
    id: agreement.id,
    applicationId: agreement.applicationId,
    facts: agreement.facts,
    hostPart,
    schoolPart,
    legalRepresentatives,
    signatures,
    fingerprint,
    ...agreementState({
      canceledAt: agreement.canceledAt,
      hostPart,
      schoolPart,
      legalRepresentatives,
      signatures,
      fingerprint,
    }),
    missingHostFields: missingHostFields(hostPart),
    missingSchoolFields: missingSchoolFields(schoolPart, legalRepresentatives),
    cancellation: agreement.canceledAt ? { at: agreement.canceledAt, reason: agreement.cancellationReason! } : null,
    outcome: agreement.outcome,
    parties: {
      pupilId: row.pupilId,
      schoolId: row.schoolId,
      mainTeacherId: row.mainTeacherId,
      offer: {
        organisationId: row.organisationId,
        operatorId: row.operatorId,
        supportingOperatorIds: supporting.map((s) => s.operatorId),
      },
    },
  };
}

/** The convention of an application, for the actor (null when none, or not theirs to read). */
export async function agreementIdOfApplication(
  actor: SessionUser,
  applicationId: string,
  db?: Db,
): Promise<string | null> {
  const scope = readableAgreements(actor);
  if (!scope || !isUuid(applicationId)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.applicationId, applicationId), scope));
  return row?.id ?? null;
}

/** The school's standard terms, for its staff (null: not written yet, or not staff of a school). */
export async function getSchoolTerms(actor: SessionUser, db?: Db): Promise<{ text: string; updatedAt: Date } | null> {
  if (actor.role !== 'school_staff' || !actor.schoolId || !actor.staffRole) return null;
  db ??= await getDb();
  const [row] = await db
    .select({ text: schoolAgreementTerms.text, updatedAt: schoolAgreementTerms.updatedAt })
    .from(schoolAgreementTerms)
    .where(eq(schoolAgreementTerms.schoolId, actor.schoolId));
  return row ?? null;
}
