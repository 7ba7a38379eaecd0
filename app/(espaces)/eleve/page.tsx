import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PupilApplications } from '@/components/applications/pupil-applications';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { AwaitingClassApproval, PendingConsent, SchoolNotEligible } from '@/components/pupils/pending-consent';
import { requireRole } from '@/lib/auth/session';
import { formatWeek } from '@/lib/calendar/format';
import { getPupilOverview } from '@/lib/pupils/queries';
import { confirmedThisYear, listPupilApplications } from '@/lib/applications/queries';
import { todayInParis } from '@/lib/calendar/weeks';
import { listAgreements } from '@/lib/agreements/list-queries';

export const metadata: Metadata = { title: 'Mon espace élève' };

export default async function PupilHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole('pupil');
  const [overview, applications, agreements, query] = await Promise.all([
    getPupilOverview(user),
    listPupilApplications(user),
    listAgreements(user),
    searchParams,
  ]);
  const lead = overview
    ? `Bienvenue dans ton espace élève. ${overview.schoolName}${overview.className ? `, classe ${overview.className}` : ''}.`
    : 'Bienvenue dans ton espace élève.';

  return (
    <PageContainer title={`Bonjour ${user.firstName}`} lead={lead}>
      <DoneNotice
        searchParams={query}
        messages={{
          candidature: {
            title: 'Candidature envoyée',
            description: 'La structure d’accueil a reçu ta candidature. Tu recevras sa réponse par courriel et ici.',
          },
          confirme: {
            title: 'Stage confirmé',
            description:
              'Bravo ! Ton professeur principal est prévenu. Tes autres candidatures pour cette semaine ont été retirées.',
          },
          annulee: 'C’est noté : la structure d’accueil est prévenue.',
        }}
      />
      {!overview ? (
        <Alert
          severity="warning"
          as="h2"
          title="Ton compte n’est pas encore rattaché à un collège"
          description="Demande à ton professeur principal de rattacher ton compte à ta classe. Tu pourras ensuite chercher un stage."
        />
      ) : overview.awaitingApproval ? (
        <AwaitingClassApproval className={overview.className} />
      ) : !overview.schoolEligible ? (
        <SchoolNotEligible />
      ) : !overview.canSearchOffers ? (
        <PendingConsent />
      ) : (
        <>
          <Alert
            severity="success"
            as="h2"
            title="Tu peux chercher ton stage"
            description="L’autorisation de tes parents a bien été enregistrée par ton collège."
          />
          <p className={fr.cx('fr-mt-4w')}>
            {overview.weeks.length === 0
              ? 'Ton collège n’a pas encore choisi les semaines de stage de ta classe : ton professeur principal te les donnera.'
              : overview.weeks.length === 1
                ? `Ta semaine de stage : ${formatWeek(overview.weeks[0]!)}. Choisis une offre proposée cette semaine-là.`
                : `Tes semaines de stage : ${overview.weeks.map((week) => formatWeek(week)).join(' ; ')}. Choisis une offre proposée pendant l’une d’elles.`}
          </p>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
            <li>
              <Button linkProps={{ href: '/offres' }} iconId="fr-icon-search-line">
                Chercher un stage
              </Button>
            </li>
            <li>
              <Button linkProps={{ href: '/eleve/cv' }} iconId="fr-icon-file-text-line" priority="secondary">
                Mon CV
              </Button>
            </li>
          </ul>
          <PupilApplications
            applications={applications}
            confirmed={confirmedThisYear(applications, todayInParis()).length}
            agreementIds={Object.fromEntries(agreements.map((agreement) => [agreement.applicationId, agreement.id]))}
          />
        </>
      )}
    </PageContainer>
  );
}
