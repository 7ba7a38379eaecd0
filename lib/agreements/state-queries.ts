import 'server-only';
import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { agreementLegalRepresentatives, agreements, agreementSignatures, type AgreementFacts } from '@/db/schema';
import { currentFingerprint } from './document-input';
import { agreementState, type HostPart, type LegalRepresentative, type SchoolPart, type SignatoryParty } from './rules';

/*
 * The derived state of many conventions at once (the lists, the conventions at risk, the daily
 * reminders): their legal representatives and live signatures read in two queries per thousand
 * conventions, then rules.ts agreementState on each, its text fingerprinted as on its page
 * (queries.ts loadAgreement).
 */

export interface Signatories {
  legalRepresentatives: LegalRepresentative[];
  /** Live (not voided) signatures. */
  signatures: { party: SignatoryParty; legalRepresentativeId: string | null; textFingerprint: string }[];
}

export interface StoredAgreementRow {
  facts: AgreementFacts;
  hostPart: Partial<HostPart>;
  schoolPart: Partial<SchoolPart>;
  canceledAt: Date | null;
}

const CHUNK = 1000;

/** The legal representatives and live signatures of each convention, by id (every id present). */
async function loadSignatories(db: Db, agreementIds: readonly string[]): Promise<Map<string, Signatories>> {
  const found = new Map<string, Signatories>(
    agreementIds.map((id) => [id, { legalRepresentatives: [], signatures: [] }]),
  );
  for (let from = 0; from < agreementIds.length; from += CHUNK) {
    const ids = agreementIds.slice(from, from + CHUNK);
    const [representatives, signatures] = await Promise.all([
      db
        .select({
          agreementId: agreementLegalRepresentatives.agreementId,
          id: agreementLegalRepresentatives.id,
          position: agreementLegalRepresentatives.position,
          fullName: agreementLegalRepresentatives.fullName,
          email: agreementLegalRepresentatives.email,
        })
        .from(agreementLegalRepresentatives)
        .where(inArray(agreementLegalRepresentatives.agreementId, ids))
        .orderBy(asc(agreementLegalRepresentatives.position)),
      db
        .select({
          agreementId: agreementSignatures.agreementId,
          party: agreementSignatures.party,
          legalRepresentativeId: agreementSignatures.legalRepresentativeId,
          textFingerprint: agreementSignatures.textFingerprint,
        })
        .from(agreementSignatures)
        .where(and(inArray(agreementSignatures.agreementId, ids), isNull(agreementSignatures.voidedAt))),
    ]);
    for (const { agreementId, ...rep } of representatives) found.get(agreementId)!.legalRepresentatives.push(rep);
    for (const { agreementId, ...signature } of signatures) found.get(agreementId)!.signatures.push(signature);
  }
  return found;
}

/** The columns of a convention its state derives from, to select with whatever else a list needs. */
export const storedAgreementColumns = {
  id: agreements.id,
  facts: agreements.facts,
  hostPart: agreements.hostPart,
  schoolPart: agreements.schoolPart,
  canceledAt: agreements.canceledAt,
};

type StoredColumns = {
  id: string;
  facts: AgreementFacts;
  hostPart: Record<string, unknown>;
  schoolPart: Record<string, unknown>;
  canceledAt: Date | null;
};

/**
 * Each selected convention (storedAgreementColumns and more) with its parts typed, its legal
 * representatives, the fingerprint of its current text, its state and who still has to sign.
 */
export async function withStates<R extends StoredColumns>(db: Db, rows: R[]) {
  const signatories = await loadSignatories(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const people = signatories.get(row.id)!;
    const hostPart = row.hostPart as Partial<HostPart>;
    const schoolPart = row.schoolPart as Partial<SchoolPart>;
    return {
      ...row,
      hostPart,
      schoolPart,
      legalRepresentatives: people.legalRepresentatives,
      ...deriveAgreementState({ facts: row.facts, hostPart, schoolPart, canceledAt: row.canceledAt }, people),
    };
  });
}

/** One stored convention's state and who still has to sign, with the fingerprint of its current text. */
function deriveAgreementState(stored: StoredAgreementRow, signatories: Signatories) {
  const fingerprint = currentFingerprint({
    facts: stored.facts,
    hostPart: stored.hostPart,
    schoolPart: stored.schoolPart,
    legalRepresentatives: signatories.legalRepresentatives,
  });
  return {
    fingerprint,
    ...agreementState({
      canceledAt: stored.canceledAt,
      hostPart: stored.hostPart,
      schoolPart: stored.schoolPart,
      legalRepresentatives: signatories.legalRepresentatives,
      signatures: signatories.signatures,
      fingerprint,
    }),
  };
}
