import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { AgreementPdfLink, AgreementSummary, MissingParts } from '@/components/agreements/agreement-summary';
import { HostPartForm } from '@/components/agreements/host-part-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { OutcomeSection } from '@/components/agreements/outcome-section';
import { SignaturePanel } from '@/components/agreements/signature-panel';
import { PageContainer } from '@/components/layout/page-container';
import { hostPartValues } from '@/lib/agreements/form-data';
import { getAgreementOutcome } from '@/lib/agreements/outcome-queries';
import { getAgreement } from '@/lib/agreements/queries';
import { todayInParis } from '@/lib/calendar/weeks';
import { requireRole } from '@/lib/auth/session';
import { roleSpaces } from '@/lib/auth/types';
import { ofName } from '@/lib/text/words';

export const metadata: Metadata = { title: 'Convention' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * One convention for the host (or its operator): where it stands, what each part misses, the host's
 * part to complete, the signatures and the PDF. Outside the actor's scope: the same 404 as a
 * convention that does not exist.
 */
export default async function HostAgreementPage({ params, searchParams }: Props) {
  const user = await requireRole('host', 'operator');
  const agreement = await getAgreement(user, (await params).id);
  if (!agreement) notFound();
  const outcome = await getAgreementOutcome(user, agreement.id, todayInParis());
  const { pupil } = agreement.facts;
  const hasSignatures = agreement.signatures.length > 0;
  return (
    <PageContainer
      title={`Convention ${ofName(`${pupil.firstName} ${pupil.lastName}`)}`}
      breadcrumb="Convention"
      parents={[
        { label: roleSpaces[user.role].label, href: '/entreprise' },
        { label: 'Conventions', href: '/entreprise/conventions' },
      ]}
      narrow
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          partie: 'Votre partie est enregistrée. Ce qui manque encore est rappelé ci-dessous.',
          'partie-complete': {
            title: 'Votre partie est complète',
            description: 'Elle est enregistrée. Dès que la partie du collège est complète aussi, chacun peut signer.',
          },
        }}
      />
      <AgreementSummary agreement={agreement} />
      <AgreementPdfLink agreementId={agreement.id} />
      <MissingParts agreement={agreement} />

      <SignaturePanel agreement={agreement} />
      {outcome && <OutcomeSection view={outcome} />}

      {agreement.can.editHostPart && (
        <section aria-labelledby="partie-structure-title" className={fr.cx('fr-mt-4w')}>
          <h2 id="partie-structure-title">Partie de la structure d’accueil</h2>
          <Alert
            role={undefined}
            className={fr.cx('fr-mb-3w')}
            severity={hasSignatures ? 'warning' : 'info'}
            small
            description={
              hasSignatures
                ? 'Cette convention a déjà des signatures : enregistrer une modification les annule, et chacun devra signer à nouveau le nouveau texte. Les signataires en sont prévenus.'
                : 'Préremplie avec votre offre. Modifier le texte après une signature annule les signatures déjà données.'
            }
          />
          <HostPartForm
            agreementId={agreement.id}
            values={hostPartValues(agreement.hostPart)}
            hasSignatures={hasSignatures}
          />
        </section>
      )}
    </PageContainer>
  );
}
