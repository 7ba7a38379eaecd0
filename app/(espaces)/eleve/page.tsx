import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PageContainer } from '@/components/layout/page-container';
import { AwaitingClassApproval, PendingConsent, SchoolNotEligible } from '@/components/pupils/pending-consent';
import { NextSteps } from '@/components/spaces/next-steps';
import { requireRole } from '@/lib/auth/session';
import { formatWeek } from '@/lib/calendar/format';
import { getPupilOverview } from '@/lib/pupils/queries';

export const metadata: Metadata = { title: 'Mon espace élève' };

export default async function PupilHomePage() {
  const user = await requireRole('pupil');
  const overview = await getPupilOverview(user);
  const lead = overview
    ? `Bienvenue dans ton espace élève. ${overview.schoolName}${overview.className ? `, classe ${overview.className}` : ''}.`
    : 'Bienvenue dans ton espace élève.';

  return (
    <PageContainer title={`Bonjour ${user.firstName}`} lead={lead}>
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
          <p>
            <Button linkProps={{ href: '/offres' }} iconId="fr-icon-search-line">
              Chercher un stage
            </Button>
          </p>
          <NextSteps
            title="Prochaines étapes"
            steps={[
              {
                title: 'Chercher une offre',
                desc: 'Les offres de stage près de ton collège, les plus proches d’abord, avec leurs semaines.',
                available: true,
                href: '/offres',
              },
              {
                title: 'Préparer ton CV',
                desc: 'Un CV simple, à remplir une seule fois et à relire avec tes professeurs.',
              },
              {
                title: 'Candidater et suivre tes réponses',
                desc: 'Une lettre de motivation par offre. Tu peux faire jusqu’à deux stages dans l’année, un seul par semaine.',
              },
            ]}
          />
        </>
      )}
    </PageContainer>
  );
}
