import 'server-only';
import { formatDate } from '@/lib/calendar/format';
import { attachmentResponse } from '@/lib/http';
import { fileNameSlug } from '@/lib/text/fold';
import type { AgreementSignature } from './document-signatures';
import { agreementDocumentInput } from './document-input';
import { renderAgreementPdf } from './document-pdf';
import type { loadAgreement } from './queries';

type Stored = Omit<NonNullable<Awaited<ReturnType<typeof loadAgreement>>>, 'parties'>;

/**
 * The convention's PDF as a download: the stored text with the signatures given so far, the same
 * document for every party at every stage (a cancelled one says so above its title). Callers
 * decide who may have it (an account in scope, or a legal representative's live link).
 */
export async function agreementPdfResponse(agreement: Stored): Promise<Response> {
  const positions = new Map(agreement.legalRepresentatives.map((rep) => [rep.id, rep.position as 1 | 2]));
  const signatures: AgreementSignature[] = agreement.signatures.map((signature) => ({
    party: signature.party,
    position: signature.legalRepresentativeId ? (positions.get(signature.legalRepresentativeId) ?? null) : null,
    signerName: signature.signerName,
    signedAt: signature.signedAt,
    fingerprint: signature.textFingerprint,
  }));
  const pdf = await renderAgreementPdf(agreementDocumentInput(agreement), signatures, {
    banner: agreement.cancellation
      ? `Convention annulée le ${formatDate(agreement.cancellation.at)} : ${agreement.cancellation.reason}`
      : undefined,
  });
  const { pupil, internship } = agreement.facts;
  const filename = `convention-${fileNameSlug(`${pupil.firstName} ${pupil.lastName}`, 'eleve')}-${internship.weekMonday}.pdf`;
  return attachmentResponse(new Uint8Array(pdf), 'application/pdf', filename);
}
