import 'server-only';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { MARIANNE, MONOSPACE } from '@/lib/pdf/fonts';
import { agreementSignatories, agreementText, isDraft, printedOn, pupilName } from './document';
import type { AgreementDocumentInput } from './document-types';
import {
  agreementFingerprint,
  signatureLabel,
  signatureStatus,
  signatureSummary,
  type AgreementSignature,
} from './document-signatures';

/*
 * The convention as one A4 PDF, the same for every party and at every stage: the signed text
 * (agreementText), the lunch notice highlighted when the host offers no lunch, then the signature
 * block, which is not part of the signed text (see agreementFingerprint): each signatory with
 * « Signé le … à … » or « En attente de signature », and the text's SHA-256 fingerprint in full, in
 * a fixed-width face, for a reader to compare with the one each signature recorded.
 */

/** Print only: the no-break space French puts before « : ; ! ? » and inside « », so none starts a line. */
const typeset = (text: string) => text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

const styles = StyleSheet.create({
  page: {
    fontFamily: MARIANNE,
    fontSize: 10,
    paddingTop: 48,
    paddingBottom: 64,
    paddingHorizontal: 56,
    color: '#161616',
  },
  title: { fontSize: 15, fontWeight: 700, lineHeight: 1.3, marginBottom: 16 },
  heading: { fontSize: 11, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  // Line height set per block, never on the page: the footer's render-prop text would inherit it and
  // not be drawn at all (react-pdf 4.9).
  paragraph: { fontSize: 10, lineHeight: 1.45, marginBottom: 5 },
  notice: {
    marginVertical: 6,
    padding: 8,
    fontWeight: 700,
    backgroundColor: '#fef4f2',
    borderLeft: '3pt solid #ce0500',
  },
  signatures: { marginTop: 18, paddingTop: 10, borderTop: '1pt solid #161616' },
  fingerprintLabel: { fontSize: 10, lineHeight: 1.45, marginBottom: 2 },
  fingerprint: { fontFamily: MONOSPACE, fontSize: 9, marginBottom: 10 },
  signatory: { paddingVertical: 5, borderBottom: '0.5pt solid #929292' },
  strong: { fontWeight: 700 },
  voidFingerprint: { fontFamily: MONOSPACE, fontSize: 7, color: '#3a3a3a' },
  footer: { position: 'absolute', bottom: 28, left: 56, right: 56, fontSize: 8, color: '#3a3a3a' },
});

export interface AgreementPdfOptions {
  /** When the file is printed (footer); now by default. */
  printedAt?: Date;
  /** A line above the title, outside the signed text: « Convention annulée le … », for instance. */
  banner?: string;
}

/**
 * The convention with the signatures recorded so far (none for a draft), downloadable at every
 * stage: a text still missing facts says it is a draft, signatures given to another text (before an
 * edit) read as void.
 */
export async function renderAgreementPdf(
  input: AgreementDocumentInput,
  signatures: readonly AgreementSignature[],
  { printedAt = new Date(), banner }: AgreementPdfOptions = {},
): Promise<Buffer> {
  const text = agreementText(input);
  const fingerprint = agreementFingerprint(text);
  const name = pupilName(input.pupil);
  const signatories = agreementSignatories(input).map((signatory) => ({
    signatory,
    status: signatureStatus(signatory, signatures, fingerprint),
  }));
  const banners = [
    banner,
    isDraft(text) ? 'Projet de convention : des informations restent à compléter avant la signature.' : undefined,
  ].filter((line): line is string => !!line);
  return renderToBuffer(
    <Document
      title={`Convention de stage – ${name} – ${input.host.name}`}
      author="Mon stage de troisième"
      language="fr-FR"
    >
      <Page size="A4" style={styles.page}>
        {banners.map((line) => (
          <Text key={line} style={[styles.paragraph, styles.notice]}>
            {typeset(line)}
          </Text>
        ))}
        <Text style={styles.title}>{typeset(text.title)}</Text>
        {text.sections.flatMap((section, i) => [
          // A heading never ends a page: it needs room for two lines of its text after it. (Never a
          // block that may not break: a paragraph taller than the room left would be cut off.)
          <Text key={i} style={styles.heading} minPresenceAhead={30}>
            {typeset(section.heading)}
          </Text>,
          ...section.paragraphs.map((p, j) => (
            <Text key={`${i}.${j}`} style={p.notice ? [styles.paragraph, styles.notice] : styles.paragraph}>
              {typeset(p.text)}
            </Text>
          )),
        ])}
        <View style={styles.signatures} wrap={false}>
          <Text style={styles.heading}>Signatures</Text>
          <Text style={styles.paragraph}>{signatureSummary(signatories.map((s) => s.status))}</Text>
          <Text style={styles.fingerprintLabel}>
            {typeset(
              'Empreinte SHA-256 du texte de cette convention, que chaque signature enregistre : une signature « Signé le … » ci-dessous porte sur ce texte exact.',
            )}
          </Text>
          <Text style={styles.fingerprint}>{fingerprint}</Text>
          {signatories.map(({ signatory, status }) => (
            <View key={`${signatory.party}-${signatory.position}`} style={styles.signatory} wrap={false}>
              <Text>
                <Text style={styles.strong}>{signatory.name}</Text>
                {` – ${signatory.capacity}`}
              </Text>
              <Text style={status.state === 'signed' ? styles.strong : undefined}>
                {typeset(signatureLabel(status, signatory.name))}
              </Text>
              {status.state === 'void' && (
                <Text style={styles.voidFingerprint}>{`Empreinte signée\u00a0: ${status.fingerprint}`}</Text>
              )}
            </View>
          ))}
        </View>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            `${printedOn(printedAt)} · empreinte ${fingerprint.slice(0, 16)}… · page ${pageNumber} sur ${totalPages}`
          }
        />
      </Page>
    </Document>,
  );
}
