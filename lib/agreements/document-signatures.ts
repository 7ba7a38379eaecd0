import { createHash } from 'node:crypto';
import type { signatoryParty } from '@/db/schema/enums';
import { formatDateTime } from '@/lib/calendar/format';
import { formatClock, line } from './document';
import type { AgreementText } from './document-types';

/*
 * The signatures of a convention's text (document.ts): its SHA-256 fingerprint, which every
 * signature records, and where each signatory stands against it, as the signature block prints it.
 */

export type SignatoryParty = (typeof signatoryParty.enumValues)[number];

/** Who signs: a party, and for a legal representative which one (1 or 2; null for the other parties). */
export interface SignatoryRef {
  party: SignatoryParty;
  position: 1 | 2 | null;
}

export interface Signatory extends SignatoryRef {
  /** As the text names the person. */
  name: string;
  /** In which capacity the person signs, as printed under the name. */
  capacity: string;
}

/** A recorded signature (a live row of agreement_signatures): who, when, and the fingerprint of the text signed. */
export interface AgreementSignature extends SignatoryRef {
  /** The full name the signer typed. */
  signerName: string;
  signedAt: Date;
  fingerprint: string;
}

export type SignatureStatus =
  | { state: 'pending' }
  | { state: 'signed'; signedAt: Date; signerName: string }
  /** Signed, but another text: the text changed since, so this signature no longer counts. */
  | { state: 'void'; signedAt: Date; signerName: string; fingerprint: string };

/** "12 janvier 2027 à 14 h 05": an instant in France's time (Europe/Paris), as the signature block reads it. */
export function formatSignedAt(date: Date): string {
  return formatDateTime(date).replace(/(\d{1,2}):(\d{2})$/, (_, h: string, m: string) => formatClock(`${h}:${m}`));
}

/** The format of the serialisation below: change it only with a new version, or every fingerprint changes. */
const SERIALISATION = 'mon-stage-de-troisieme/convention/v1';

/**
 * The bytes that are fingerprinted: the title, then each section's heading and paragraphs in order
 * (with the notice marks), as a JSON array of arrays (no object, so no key order to depend on),
 * every string in Unicode NFC (the same words typed on two systems give the same bytes), in UTF-8.
 */
export function canonicalAgreementText(text: AgreementText): string {
  const nfc = (value: string) => value.normalize('NFC');
  return JSON.stringify([
    SERIALISATION,
    nfc(text.title),
    text.sections.map((s) => [nfc(s.heading), s.paragraphs.map((p) => [p.notice ? 1 : 0, nfc(p.text)])]),
  ]);
}

/**
 * The SHA-256 of the canonical text, in lowercase hexadecimal (64 characters): what each signature
 * records, and what the document prints for a reader to compare. Same text, same fingerprint; any
 * signed word changed, another fingerprint, which voids every signature given to the old one.
 *
 * The signature block is NOT fingerprinted. A signature attests a text that exists before it: if the
 * names, dates and times of the signatures were part of the text, the first signature would change
 * the text the second party signs, and void itself (each party would sign a different text, and no
 * fingerprint could contain itself). Who must sign is nonetheless fixed by the text, since every
 * signatory is named among the parties; the block only reports which of them signed that text, when.
 */
export function agreementFingerprint(text: AgreementText): string {
  return createHash('sha256').update(canonicalAgreementText(text), 'utf8').digest('hex');
}

/**
 * Where a signatory stands against the text of this fingerprint: signed it, signed another (void:
 * the text changed since), or not signed. The latest signature of the signatory counts.
 */
export function signatureStatus(
  signatory: SignatoryRef,
  signatures: readonly AgreementSignature[],
  fingerprint: string,
): SignatureStatus {
  const latest = signatures
    .filter((s) => s.party === signatory.party && (s.position ?? null) === signatory.position)
    .reduce<AgreementSignature | null>((a, s) => (a && a.signedAt >= s.signedAt ? a : s), null);
  if (!latest) return { state: 'pending' };
  const { signedAt, signerName } = latest;
  return latest.fingerprint === fingerprint
    ? { state: 'signed', signedAt, signerName }
    : { state: 'void', signedAt, signerName, fingerprint: latest.fingerprint };
}

/**
 * "Signé le 12 janvier 2027 à 14 h 05", "En attente de signature", or why a signature no longer
 * counts; the typed name is added when it is not the name the text gives (`expectedName`).
 */
export function signatureLabel(status: SignatureStatus, expectedName: string): string {
  if (status.state === 'pending') return 'En attente de signature';
  const by = line(status.signerName) === expectedName ? '' : ` par ${line(status.signerName)}`;
  return status.state === 'signed'
    ? `Signé le ${formatSignedAt(status.signedAt)}${by}`
    : `Signature du ${formatSignedAt(status.signedAt)}${by} annulée : le texte a été modifié depuis. En attente d’une nouvelle signature`;
}

/**
 * Where the signatures stand, for the head of the signature block (outside the signed text): "Signée
 * par les 5 signataires", "Signée par 2 des 5 signataires", or "Aucune signature pour ce texte".
 */
export function signatureSummary(statuses: readonly SignatureStatus[]): string {
  const signed = statuses.filter((s) => s.state === 'signed').length;
  if (signed === 0) return 'Aucune signature pour ce texte.';
  return signed === statuses.length
    ? `Signée par les ${signed} signataires.`
    : `Signée par ${signed} des ${statuses.length} signataires.`;
}
