import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { StructureStep } from '@/components/offers/form/structure-step';
import { requireRole } from '@/lib/auth/session';
import { findOwnOrganisation, getOperatorOverview } from '@/lib/hosts/queries';

export const metadata: Metadata = { title: 'Nouvelle offre de stage' };

/** First step of a new offer: saving it creates the draft, which the host can finish later. */
export default async function NewOfferPage() {
  const user = await requireRole('host', 'operator');
  const [organisation, overview] = await Promise.all([findOwnOrganisation(user), getOperatorOverview(user)]);
  if (!organisation && !overview) forbidden();
  return (
    <PageContainer
      title="Nouvelle offre de stage"
      lead="Six étapes courtes. Chaque étape est enregistrée comme brouillon : vous pouvez vous arrêter et reprendre plus tard."
      breadcrumb="Nouvelle offre"
      parents={[{ label: 'Mes offres', href: '/entreprise/offres' }]}
      narrow
    >
      {overview && overview.hosts.length === 0 ? (
        <p>
          Aucune structure n’est encore rattachée à votre association : l’équipe nationale les rattache à votre demande.
        </p>
      ) : (
        <StructureStep
          offerId={null}
          organisations={overview ? overview.hosts.map((host) => ({ value: host.id, label: host.name })) : null}
          organisationName={organisation?.name ?? null}
          // A host often tutors the pupil themself; an operator posts for someone else.
          defaultValues={
            user.role === 'host'
              ? {
                  organisationId: '',
                  tutorName: `${user.firstName} ${user.lastName}`,
                  tutorRole: '',
                  tutorEmail: user.email,
                  tutorPhone: '',
                }
              : { organisationId: '', tutorName: '', tutorRole: '', tutorEmail: '', tutorPhone: '' }
          }
        />
      )}
    </PageContainer>
  );
}
