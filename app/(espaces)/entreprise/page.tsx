import type { Metadata } from 'next';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PageContainer } from '@/components/layout/page-container';
import { NextSteps } from '@/components/spaces/next-steps';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Mon espace structure d’accueil' };

export default async function HostHomePage() {
  const user = await requireRole('host', 'operator');
  const isOperator = user.role === 'operator';
  const attached = isOperator ? Boolean(user.operatorId) : Boolean(user.organisationId);

  return (
    <PageContainer
      title={`Bonjour ${user.firstName} ${user.lastName}`}
      lead={
        isOperator
          ? 'Espace des associations partenaires : vous publiez des offres pour le compte des structures que vous accompagnez.'
          : 'Espace des structures d’accueil : entreprises, administrations et associations.'
      }
    >
      {!attached ? (
        <Alert
          severity="info"
          as="h2"
          title="Votre compte n’est pas encore rattaché à une structure"
          description="L’équipe du service vérifie votre rattachement. Vous pourrez ensuite publier des offres."
        />
      ) : (
        <NextSteps
          steps={[
            {
              title: 'Publier des offres',
              desc: 'Un métier, un lieu, un tuteur, des horaires (7 heures par jour au plus), plusieurs semaines et des places par semaine.',
            },
            {
              title: 'Répondre aux candidatures',
              desc: 'Acceptez ou refusez chaque candidature ; une place acceptée est réservée jusqu’à la confirmation de l’élève.',
            },
            {
              title: 'Signer les conventions',
              desc: 'Avec le collège, l’élève et ses représentants légaux, avant le début du stage.',
            },
          ]}
        />
      )}
    </PageContainer>
  );
}
