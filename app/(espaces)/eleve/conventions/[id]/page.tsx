import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { AgreementPdfLink, AgreementSummary } from '@/components/agreements/agreement-summary';
import { OutcomeSection } from '@/components/agreements/outcome-section';
import { SignaturePanel } from '@/components/agreements/signature-panel';
import { PageContainer } from '@/components/layout/page-container';
import { getAgreementOutcome } from '@/lib/agreements/outcome-queries';
import { getAgreement } from '@/lib/agreements/queries';
import { todayInParis } from '@/lib/calendar/weeks';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Ma convention de stage' };

type Props = { params: Promise<{ id: string }> };

/** The pupil's own convention, read-only: where it stands, who signed, and the PDF. */
export default async function PupilAgreementPage({ params }: Props) {
  const user = await requireRole('pupil');
  const agreement = await getAgreement(user, (await params).id);
  if (!agreement) notFound();
  const outcome = await getAgreementOutcome(user, agreement.id, todayInParis());
  return (
    <PageContainer
      title="Ma convention de stage"
      lead={`${agreement.facts.internship.offerTitle}, ${agreement.facts.host.name}.`}
      breadcrumb="Ma convention"
      parents={[{ label: 'Mon espace élève', href: '/eleve' }]}
      narrow
    >
      <AgreementSummary agreement={agreement} tu />
      <AgreementPdfLink agreementId={agreement.id} />
      {!agreement.cancellation && (
        <p className={fr.cx('fr-text--sm')}>
          La convention doit être signée par ton collège, la structure d’accueil, toi et tes représentants légaux avant
          le premier jour du stage. Tes représentants légaux reçoivent par courriel un lien pour signer.
        </p>
      )}

      <SignaturePanel agreement={agreement} tu />
      {outcome && <OutcomeSection view={outcome} pupil />}
    </PageContainer>
  );
}
