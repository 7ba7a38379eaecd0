import type { signatoryParty } from '@/db/schema/enums';
import { hoursRefusal } from '@/lib/offers/rules';

/*
 * The convention (issue 13: technical note I.1, quality charter Annex 3), as pure rules shared by
 * the pages and the mutations. What is stored and why (db/schema/agreements.ts, migration 0015):
 *
 * The text itself, its PDF and its fingerprint are document.ts's (agreementText, agreementFingerprint).
 *
 * - agreements: the facts copied at creation from the school, the host, the offer, the pupil and
 *   the week (a signed text must not change when an offer is edited later), the host's part and the
 *   school's part as jsonb documents (zod schemas in schemas.ts, the 7-hour limit also checked by the
 *   database), the cancellation (when, by whom, why) and the outcome after the week.
 * - school_agreement_terms: the school's standard terms, written once by the head, updatable; the
 *   school's part copies them when completed, so that updating them never rewrites a text someone
 *   has signed.
 * - agreement_legal_representatives (one or two), whom links, codes and signatures name.
 * - agreement_signatures: party, typed name, account or legal representative, when, from which
 *   address, SHA-256 of the text signed; voided (kept) when the text changes.
 * - agreement_signature_codes (6-digit codes: hash, 10 minutes, 5 tries, lock for the day) and
 *   agreement_representative_links (single-use, 14 days, re-sending voids the old one).
 * - agreement_feedback: the pupil's and the tutor's word after the week.
 *
 * Nothing derivable is stored: the state below, what each part misses, who still has to sign, and
 * the fingerprint of the current text (document-input.ts: the stored rows as document.ts's input)
 * are computed from those rows.
 */

export type SignatoryParty = (typeof signatoryParty.enumValues)[number];

/** The pupil is present on the five days of the week (Monday to Friday). */
export const WORKING_DAYS = 5;
export const DAY_NAMES = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'] as const;

/** One day of presence (the shape of document.ts): ISO day 1 (Monday) to 5, 'HH:MM', the lunch break. */
export interface DaySchedule {
  day: 1 | 2 | 3 | 4 | 5;
  start: string;
  end: string;
  lunchBreakMinutes: number;
}

export type LunchArrangement = 'canteen_invitation' | 'reduced_rate' | 'none';

/** The host's part of the convention, once complete (the host's fields of document.ts). */
export interface HostPart {
  representative: { name: string; role: string };
  tutor: { name: string; role: string; email: string; phone: string };
  activities: string;
  /** The days of presence, each once; a day left out is a day without presence. */
  schedule: DaySchedule[];
  /** What the pupil is told about lunch: details are required when no lunch is offered (Annex 3). */
  lunch: { arrangement: LunchArrangement; details: string };
  insurance: { insurer: string; policyNumber: string };
}

/** The school's part, once complete; the legal representatives are rows of their own. */
export interface SchoolPart {
  /** The head, or the staff member the head delegated, who signs for the school. */
  signatory: { userId: string; name: string; role: string };
  referringTeacher: { name: string; email: string };
  /** The school's insurance of the pupil, when it names one (optional). */
  insurance?: { insurer: string; policyNumber: string } | null;
  /** The school's standard terms as they were when the part was completed. */
  terms: string;
}

export interface LegalRepresentative {
  id: string;
  position: number;
  fullName: string;
  email: string;
}

export const HOST_FIELD_LABELS = {
  representative: 'le représentant de la structure et sa fonction',
  tutor: 'le tuteur : nom, fonction et courriel',
  activities: 'les activités prévues',
  schedule: 'les horaires de chaque jour de présence',
  lunch: 'le déjeuner (et ce que l’élève doit prévoir quand il n’est pas offert)',
  insurance: 'l’assurance : assureur et numéro de contrat',
} as const;
export type HostField = keyof typeof HOST_FIELD_LABELS;

export const SCHOOL_FIELD_LABELS = {
  signatory: 'qui signe pour le collège',
  referringTeacher: 'le professeur référent',
  terms: 'les conditions générales du collège',
  legalRepresentatives: 'les représentants légaux',
} as const;
export type SchoolField = keyof typeof SCHOOL_FIELD_LABELS;

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

/**
 * Why a week's hours break Annex 3, or null: one to five days (Monday to Friday, each once), each
 * with 1 to 7 hours of presence, lunch break deducted (the database checks the 7 hours too).
 */
export function scheduleRefusal(schedule: readonly DaySchedule[]): string | null {
  if (schedule.length < 1 || schedule.length > WORKING_DAYS)
    return 'Indiquez les horaires de chaque jour de présence, du lundi au vendredi.';
  const seen = new Set<number>();
  for (const day of schedule) {
    const name = DAY_NAMES[day.day - 1];
    if (!name || seen.has(day.day)) return 'Chaque jour, du lundi au vendredi, figure une fois au plus.';
    seen.add(day.day);
    const refusal = hoursRefusal({
      dailyStart: day.start,
      dailyEnd: day.end,
      lunchBreakMinutes: day.lunchBreakMinutes,
    });
    if (refusal) return `${name} : ${refusal}`;
  }
  return null;
}

/** The host's fields still to fill (a draft keeps whatever was typed). */
export function missingHostFields(part: Partial<HostPart>): HostField[] {
  const checks: Record<HostField, boolean> = {
    representative: filled(part.representative?.name) && filled(part.representative?.role),
    tutor: filled(part.tutor?.name) && filled(part.tutor?.role) && filled(part.tutor?.email),
    activities: filled(part.activities),
    schedule: Array.isArray(part.schedule) && scheduleRefusal(part.schedule) === null,
    lunch: !!part.lunch?.arrangement && (part.lunch.arrangement !== 'none' || filled(part.lunch.details)),
    insurance: filled(part.insurance?.insurer) && filled(part.insurance?.policyNumber),
  };
  return (Object.keys(checks) as HostField[]).filter((field) => !checks[field]);
}

/** The school's fields still to fill. */
export function missingSchoolFields(
  part: Partial<SchoolPart>,
  legalRepresentatives: readonly Pick<LegalRepresentative, 'fullName' | 'email'>[],
): SchoolField[] {
  const missing: SchoolField[] = [];
  if (!part.signatory?.userId || !filled(part.signatory.name)) missing.push('signatory');
  if (!filled(part.referringTeacher?.name) || !filled(part.referringTeacher?.email)) missing.push('referringTeacher');
  if (!filled(part.terms)) missing.push('terms');
  if (!legalRepresentatives.length) missing.push('legalRepresentatives');
  return missing;
}

/** A place on the convention that takes one signature. */
export type Signer =
  | { party: Exclude<SignatoryParty, 'legal_representative'> }
  | { party: 'legal_representative'; legalRepresentativeId: string };

/** Who signs, in any order: the head (or delegated staff), the host's representative, the pupil, each legal representative. */
export function requiredSigners(legalRepresentatives: readonly Pick<LegalRepresentative, 'id'>[]): Signer[] {
  return [
    { party: 'school' },
    { party: 'host' },
    { party: 'pupil' },
    ...legalRepresentatives.map((rep) => ({ party: 'legal_representative' as const, legalRepresentativeId: rep.id })),
  ];
}

export const signerKey = (signer: { party: SignatoryParty; legalRepresentativeId?: string | null }) =>
  signer.party === 'legal_representative' ? `legal_representative:${signer.legalRepresentativeId}` : signer.party;

export type AgreementState = 'to_complete' | 'ready_to_sign' | 'signing' | 'signed' | 'canceled';

export interface AgreementStateInput {
  canceledAt: Date | null;
  hostPart: Partial<HostPart>;
  schoolPart: Partial<SchoolPart>;
  legalRepresentatives: readonly LegalRepresentative[];
  /** Live (not voided) signatures, with the fingerprint of the text each signed. */
  signatures: readonly { party: SignatoryParty; legalRepresentativeId: string | null; textFingerprint: string }[];
  /** The fingerprint of the current text (document-input.ts currentFingerprint). */
  fingerprint: string;
}

/**
 * The state everyone concerned sees: cancelled; to complete while a part misses something; then
 * ready to sign, signing (with who is missing) and signed by all.
 */
export function agreementState(input: AgreementStateInput): { state: AgreementState; missingSigners: Signer[] } {
  const required = requiredSigners(input.legalRepresentatives);
  if (input.canceledAt) return { state: 'canceled', missingSigners: [] };
  if (
    missingHostFields(input.hostPart).length ||
    missingSchoolFields(input.schoolPart, input.legalRepresentatives).length
  )
    return { state: 'to_complete', missingSigners: required };
  // Every change of the text voids the signatures (mutations.ts); one on another text counts for nothing anyway.
  const signed = new Set(
    input.signatures.filter((s) => s.textFingerprint === input.fingerprint).map((s) => signerKey(s)),
  );
  const missingSigners = required.filter((signer) => !signed.has(signerKey(signer)));
  if (!missingSigners.length) return { state: 'signed', missingSigners };
  return { state: missingSigners.length === required.length ? 'ready_to_sign' : 'signing', missingSigners };
}

/** The name an account's place is signed with: the pupil's, the host's representative's, the school's signatory's. */
export function expectedSignerName(
  agreement: {
    facts: { pupil: { firstName: string; lastName: string } };
    hostPart: Partial<HostPart>;
    schoolPart: Partial<SchoolPart>;
  },
  party: 'pupil' | 'host' | 'school',
): string {
  if (party === 'pupil') return `${agreement.facts.pupil.firstName} ${agreement.facts.pupil.lastName}`;
  if (party === 'host') return agreement.hostPart.representative?.name ?? '';
  return agreement.schoolPart.signatory?.name ?? '';
}
