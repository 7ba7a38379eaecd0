import type { Metadata } from 'next';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PageContainer } from '@/components/layout/page-container';
import { NextSteps } from '@/components/spaces/next-steps';
import { requireRole } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/types';

export const metadata: Metadata = { title: 'Pilotage' };

export default async function StateRepHomePage() {
  const user = await requireRole('state_rep');

  return (
    <PageContainer title={`Bonjour ${user.firstName} ${user.lastName}`} lead={`Pilotage des stages de 3e. ${scopeLabel(user.scope)}`}>
      {!user.scope?.validated ? (
        <Alert
          severity="info"
          as="h2"
          title="Votre accès attend la validation de l’équipe nationale"
          description="Votre désignation comme référent est en cours de vérification. Vous verrez ensuite les indicateurs de votre territoire."
        />
      ) : (
        <NextSteps
          title="Vos indicateurs"
          steps={[
            { title: 'Offres déposées', desc: 'Le nombre de stages proposés, publics et privés, comparé aux objectifs de votre territoire.' },
            { title: 'Candidatures', desc: 'Les candidatures des élèves, par secteur professionnel et par genre.' },
            { title: 'Stages réalisés', desc: 'Les stages confirmés et réalisés, par secteur professionnel et par genre.' },
          ]}
        />
      )}
    </PageContainer>
  );
}

function scopeLabel(scope: SessionUser['scope']): string {
  if (!scope) return 'Aucun périmètre ne vous est encore attribué.';
  // Department codes are what referents use ("93"); other levels are shown with their code until
  // territory names are available from lib/geo.
  const code = scope.code ? (scope.level === 'department' ? ` ${scope.code}` : ` (code ${scope.code})`) : '';
  switch (scope.level) {
    case 'national':
      return 'Périmètre : national.';
    case 'region':
      return `Périmètre : région${code}.`;
    case 'academy':
      return `Périmètre : académie${code}.`;
    case 'department':
      return `Périmètre : département${code}.`;
    case 'ministry':
      return 'Périmètre : votre ministère.';
  }
}
