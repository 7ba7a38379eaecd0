import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { AgreementSummary } from '@/components/agreements/agreement-summary';
import { AgreementTextView } from '@/components/agreements/agreement-text';
import { SignatureForm } from '@/components/agreements/signature-form';
import { SignedNotice } from '@/components/agreements/signature-panel';
import { SignersList } from '@/components/agreements/signers-list';
import { PageContainer } from '@/components/layout/page-container';
import { agreementText } from '@/lib/agreements/document';
import { agreementDocumentInput } from '@/lib/agreements/document-input';
import { representativeView } from '@/lib/agreements/link-mutations';
import { ofName } from '@/lib/text/words';

// The token is in the URL: no Referer to other sites, no indexing.
export const metadata: Metadata = {
  title: 'Signature de la convention de stage',
  referrer: 'no-referrer',
  robots: { index: false },
};
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

/**
 * A legal representative's page, opened from the link the school's e-mail carries (no account):
 * the convention as it stands, its text, the PDF, who has signed, and the signature form.
 */
export default async function RepresentativeSignaturePage({ params }: Props) {
  const { token } = await params;
  const view = await representativeView(token);
  if (!view.ok)
    return (
      <PageContainer title="Lien de signature" breadcrumb="Signature" narrow>
        <Alert severity="error" as="h2" title="Ce lien ne permet pas de signer" description={view.message} />
      </PageContainer>
    );
  const { agreement, representative } = view.data;
  const { pupil } = agreement.facts;
  const waiting = agreement.missingSigners.some(
    (signer) => signer.party === 'legal_representative' && signer.legalRepresentativeId === representative.id,
  );
  const own = agreement.signatures.find(
    (s) => s.legalRepresentativeId === representative.id && s.textFingerprint === agreement.fingerprint,
  );
  const signable = waiting && (agreement.state === 'ready_to_sign' || agreement.state === 'signing');
  return (
    <PageContainer
      title={`Convention de stage ${ofName(`${pupil.firstName} ${pupil.lastName}`)}`}
      breadcrumb="Signature"
    >
      <p className={fr.cx('fr-text--lead')}>
        Bonjour {representative.fullName}, le collège vous demande de lire et de signer la convention du stage
        d’observation de votre enfant, {pupil.firstName}, en tant que représentant légal.
      </p>
      <AgreementSummary agreement={agreement} />
      {own && <SignedNotice signedAt={own.signedAt} />}
      <p>
        <a
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-download-line', 'fr-btn--icon-left')}
          href={`/signature/${token}/pdf`}
        >
          Télécharger la convention (PDF)
        </a>
      </p>
      <AgreementTextView text={agreementText(agreementDocumentInput(agreement))} />
      <section aria-labelledby="signatures-title">
        <h2 id="signatures-title">Signatures</h2>
        <SignersList agreement={agreement} />
      </section>
      {signable && (
        <section aria-labelledby="sign-title" className={fr.cx('fr-mt-4w')}>
          <h2 id="sign-title">Signer la convention</h2>
          <SignatureForm
            target={{ token }}
            fingerprint={agreement.fingerprint}
            expectedName={representative.fullName}
          />
        </section>
      )}
    </PageContainer>
  );
}
