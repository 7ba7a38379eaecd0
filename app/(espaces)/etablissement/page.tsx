import type { Metadata } from 'next';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PageContainer } from '@/components/layout/page-container';
import { NextSteps, type NextStep } from '@/components/spaces/next-steps';
import { requireRole } from '@/lib/auth/session';
import type { StaffRole } from '@/lib/auth/types';

export const metadata: Metadata = { title: 'Mon établissement' };

export default async function SchoolHomePage() {
  const user = await requireRole('school_staff');

  return (
    <PageContainer title={`Bonjour ${user.firstName} ${user.lastName}`} lead={leadFor(user.staffRole)}>
      {!user.staffRole || !user.schoolId ? (
        <Alert
          severity="info"
          as="h2"
          title="Votre accès attend la validation du chef d’établissement"
          description="Le chef d’établissement de votre collège gère les accès des personnels. Dès qu’il aura validé le vôtre, vous pourrez suivre les élèves ici."
        />
      ) : (
        <NextSteps steps={stepsFor(user.staffRole)} />
      )}
    </PageContainer>
  );
}

function leadFor(staffRole: StaffRole | undefined): string {
  switch (staffRole) {
    case 'head':
      return 'Espace du chef d’établissement : vous pilotez les stages de 3e de votre collège.';
    case 'main_teacher':
      return 'Espace du professeur principal : vous accompagnez les élèves de votre classe.';
    case undefined:
      return 'Espace des personnels du collège.';
    default:
      return 'Espace des personnels du collège : vous suivez la recherche de stage des élèves.';
  }
}

function stepsFor(staffRole: StaffRole): NextStep[] {
  const follow: NextStep = {
    title: 'Suivre les élèves',
    desc: 'Un tableau de suivi : élèves sans candidature, candidatures en attente, stages confirmés et conventions.',
  };
  switch (staffRole) {
    case 'head':
      return [
        { title: 'Ouvrir les classes de 3e', desc: 'Choisissez les classes qui accèdent au site et les semaines de stage de chacune.' },
        { title: 'Gérer les accès des personnels', desc: 'Validez ou retirez l’accès des professeurs et des autres personnels du collège.' },
        follow,
        { title: 'Signer les conventions', desc: 'Chaque stage confirmé donne lieu à une convention signée par tous avant son début.' },
      ];
    case 'main_teacher':
      return [
        {
          title: 'Enregistrer les autorisations parentales',
          desc: 'Remettez le formulaire à chaque élève ; une fois signé, enregistrez-le pour lui ouvrir les offres.',
        },
        follow,
        { title: 'Accompagner les candidatures', desc: 'Relisez les CV et lettres de motivation, aidez les élèves sans candidature.' },
      ];
    default:
      return [follow, { title: 'Consulter les offres', desc: 'Les offres accessibles aux élèves du collège, pour les aider à choisir.' }];
  }
}
