import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PageContainer } from '@/components/layout/page-container';
import { NextSteps } from '@/components/spaces/next-steps';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Mon espace élève' };

export default async function PupilHomePage() {
  const user = await requireRole('pupil');

  return (
    <PageContainer title={`Bonjour ${user.firstName}`} lead="Bienvenue dans ton espace élève.">
      {!user.schoolId ? (
        <Alert
          severity="warning"
          as="h2"
          title="Ton compte n’est pas encore rattaché à un collège"
          description="Demande à ton professeur principal de rattacher ton compte à ta classe. Tu pourras ensuite chercher un stage."
        />
      ) : user.pendingConsent ? (
        <PendingConsent />
      ) : (
        <>
          <Alert
            severity="success"
            as="h2"
            title="Tu peux chercher ton stage"
            description="L’autorisation de tes parents a bien été enregistrée par ton collège."
          />
          <NextSteps
            title="Prochaines étapes"
            steps={[
              {
                title: 'Chercher une offre',
                desc: 'Les offres de stage près de ton collège, pendant les semaines choisies par ton collège, sur une carte ou en liste.',
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

/** A pupil sees no offer until a parent's authorisation is recorded (technical note, annex 1). */
function PendingConsent() {
  return (
    <>
      <Alert
        severity="info"
        as="h2"
        title="L’autorisation de tes parents est attendue"
        description="Tant que ton collège n’a pas reçu cette autorisation, tu ne peux pas voir les offres de stage."
      />
      <section aria-labelledby="que-faire" className={fr.cx('fr-mt-6w')}>
        <h2 id="que-faire">Que faire ?</h2>
        <ol>
          <li>Demande à ton professeur principal le formulaire d’autorisation parentale.</li>
          <li>Fais-le signer par l’un de tes parents ou ton représentant légal.</li>
          <li>Rends-le à ton professeur principal.</li>
        </ol>
        <p>
          Dès que ton professeur principal ou ton chef d’établissement l’aura enregistrée, tu verras ici les offres de
          stage près de ton collège. Tu n’as rien d’autre à faire sur le site en attendant.
        </p>
      </section>
    </>
  );
}
