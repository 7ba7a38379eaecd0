import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { AdminPage } from '@/components/admin/admin-page';
import { ReasonForm } from '@/components/admin/reason-form';
import { ActionForm } from '@/components/forms/action-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { TeamMembers } from '@/components/hosts/team-members';
import { reinstateOrganisationAction, suspendOrganisationAction } from '@/lib/admin/suspension-actions';
import { findOrganisationForAdmin } from '@/lib/admin/suspension-queries';
import { requireRole } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/calendar/format';
import { ORGANISATION_KIND_LABELS } from '@/lib/hosts/labels';

export const metadata: Metadata = { title: 'Structure d’accueil – Administration' };

/** A host organisation for the admin: suspend or reinstate it, remove a member. */
export default async function AdminOrganisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fait?: string }>;
}) {
  const admin = await requireRole('admin');
  const organisation = await findOrganisationForAdmin(admin, (await params).id);
  if (!organisation) notFound();

  return (
    <AdminPage
      title={organisation.name}
      lead={`${ORGANISATION_KIND_LABELS[organisation.kind]}${organisation.commune ? ` · ${organisation.commune}` : ''}`}
      trail={[{ label: 'Comptes', href: '/admin/utilisateurs' }]}
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          suspendue:
            'La structure est suspendue : ses offres ont quitté la recherche et ses membres, prévenus, ne peuvent plus que consulter.',
          retablie:
            'La suspension est levée : ses offres publiées reviennent dans la recherche. Ses membres sont prévenus.',
          retire: 'La personne est retirée de l’équipe et prévenue.',
        }}
      />
      <section aria-labelledby="suspension" className={fr.cx('fr-mb-6w')}>
        <h2 id="suspension" className={fr.cx('fr-h4')}>
          {organisation.suspendedAt ? 'Structure suspendue' : 'Suspendre la structure'}
        </h2>
        {organisation.suspendedAt ? (
          <>
            <Alert
              className={fr.cx('fr-mb-2w')}
              severity="warning"
              small
              role={undefined}
              description={`Suspendue le ${formatDateTime(organisation.suspendedAt, 'short')}. Raison : ${organisation.suspensionReason}`}
            />
            <p>Lever la suspension remet ses offres publiées dans la recherche et lui rend la main sur ses offres.</p>
            <ActionForm
              action={reinstateOrganisationAction}
              hidden={{ organisationId: organisation.id }}
              submitLabel="Lever la suspension"
            />
          </>
        ) : (
          <>
            <p>
              Ses offres quittent aussitôt la recherche et ne sont plus publiques ; ses membres peuvent encore consulter
              leur espace mais plus rien modifier. Ils sont prévenus par courriel, avec la raison.
            </p>
            <ReasonForm
              action={suspendOrganisationAction}
              hidden={{ organisationId: organisation.id }}
              reasonLabel="Raison de la suspension"
              reasonHint="Lue par les membres de la structure dans leur espace et dans le courriel."
              confirmLabel={`Je confirme la suspension de ${organisation.name}`}
              submitLabel="Suspendre la structure"
              priority="secondary"
            />
          </>
        )}
      </section>
      <section aria-labelledby="equipe">
        <h2 id="equipe" className={fr.cx('fr-h4')}>
          Équipe
        </h2>
        <TeamMembers organisationId={organisation.id} members={organisation.members} viewerId={admin.id} />
      </section>
    </AdminPage>
  );
}
