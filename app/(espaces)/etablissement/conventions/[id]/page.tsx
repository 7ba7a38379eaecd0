import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { AgreementPdfLink, AgreementSummary, MissingParts } from '@/components/agreements/agreement-summary';
import { SchoolPartForm } from '@/components/agreements/school-part-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { OutcomeSection } from '@/components/agreements/outcome-section';
import { SignaturePanel } from '@/components/agreements/signature-panel';
import { PageContainer } from '@/components/layout/page-container';
import { schoolPartValues } from '@/lib/agreements/form-data';
import { schoolSignatoryOptions } from '@/lib/agreements/list-queries';
import { getAgreementOutcome } from '@/lib/agreements/outcome-queries';
import { getAgreement } from '@/lib/agreements/queries';
import { todayInParis } from '@/lib/calendar/weeks';
import { requireRole } from '@/lib/auth/session';
import { ofName } from '@/lib/text/words';

export const metadata: Metadata = { title: 'Convention' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PARENTS = [
  { label: 'Mon établissement', href: '/etablissement' },
  { label: 'Conventions', href: '/etablissement/conventions' },
];

/**
 * One convention for the staff who follow the pupil: where it stands, what each part misses, the
 * school's part (the form for those who may complete it), the signatures and the PDF. Outside the
 * actor's scope: the same 404 as a convention that does not exist.
 */
export default async function SchoolAgreementPage({ params, searchParams }: Props) {
  const user = await requireRole('school_staff');
  const agreement = await getAgreement(user, (await params).id);
  if (!agreement) notFound();
  const outcome = await getAgreementOutcome(user, agreement.id, todayInParis());
  const signatories = agreement.can.editSchoolPart ? await schoolSignatoryOptions(user) : [];
  const { pupil } = agreement.facts;
  const part = agreement.schoolPart;
  return (
    <PageContainer
      title={`Convention ${ofName(`${pupil.firstName} ${pupil.lastName}`)}`}
      breadcrumb="Convention"
      parents={PARENTS}
      narrow
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          partie: 'La partie du collège est enregistrée. Ce qui manque encore est rappelé ci-dessous.',
          'partie-complete': {
            title: 'Partie du collège complète',
            description:
              'Elle est enregistrée. Dès que la partie de la structure d’accueil est complète aussi, chacun peut signer.',
          },
        }}
      />
      <AgreementSummary agreement={agreement} />
      <AgreementPdfLink agreementId={agreement.id} />
      <MissingParts agreement={agreement} />

      <SignaturePanel agreement={agreement} />
      {outcome && <OutcomeSection view={outcome} />}

      <section aria-labelledby="partie-college-title" className={fr.cx('fr-mt-4w')}>
        <h2 id="partie-college-title">Partie du collège</h2>
        {agreement.can.editSchoolPart ? (
          <>
            <Alert
              role={undefined}
              className={fr.cx('fr-mb-3w')}
              severity={agreement.signatures.length ? 'warning' : 'info'}
              small
              description={
                agreement.signatures.length
                  ? 'Cette convention a déjà des signatures : enregistrer une modification les annule, et chacun devra signer à nouveau le nouveau texte. Les signataires en sont prévenus.'
                  : 'Modifier le texte après une signature annule les signatures déjà données. Les conditions générales du collège sont recopiées telles qu’elles sont au moment de l’enregistrement.'
              }
            />
            <SchoolPartForm
              agreementId={agreement.id}
              values={schoolPartValues(part, agreement.legalRepresentatives)}
              signatories={signatories}
              hasSignatures={agreement.signatures.length > 0}
            />
          </>
        ) : (
          <ul>
            <li>Signataire : {part.signatory ? `${part.signatory.name}, ${part.signatory.role}` : 'à désigner'}</li>
            <li>
              Professeur référent :{' '}
              {part.referringTeacher?.name
                ? `${part.referringTeacher.name}${part.referringTeacher.email ? ` (${part.referringTeacher.email})` : ''}`
                : 'à désigner'}
            </li>
            <li>
              Représentants légaux :{' '}
              {agreement.legalRepresentatives.length
                ? agreement.legalRepresentatives.map((rep) => `${rep.fullName} (${rep.email})`).join(', ')
                : 'à indiquer'}
            </li>
          </ul>
        )}
      </section>
    </PageContainer>
  );
}
