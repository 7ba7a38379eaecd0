import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { DoneNotice } from '@/components/forms/done-notice';
import { InviteColleagueForm } from '@/components/hosts/invite-colleague-form';
import { TeamMembers } from '@/components/hosts/team-members';
import { PageContainer } from '@/components/layout/page-container';
import { requireRole } from '@/lib/auth/session';
import { getOrganisationTeam } from '@/lib/hosts/queries';
import { formatDateTime } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Votre équipe' };

export default async function HostTeamPage({ searchParams }: { searchParams: Promise<{ fait?: string }> }) {
  const user = await requireRole('host');
  const team = await getOrganisationTeam(user);

  if (!team) {
    return (
      <PageContainer title="Votre équipe" breadcrumb="Votre équipe">
        <p>Votre compte n’est pas encore rattaché à une structure : vous pourrez inviter vos collègues ensuite.</p>
      </PageContainer>
    );
  }

  return (
    <PageContainer
      title="Votre équipe"
      lead={`Les personnes qui gèrent les offres de votre structure, ${team.organisation.name}.`}
      breadcrumb="Votre équipe"
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          retire: 'La personne est retirée de l’équipe : elle n’a plus accès aux offres et en est prévenue.',
        }}
      />
      <TeamMembers organisationId={team.organisation.id} members={team.members} viewerId={user.id} />
      <section aria-labelledby="invitations" className={fr.cx('fr-mt-4w')}>
        <h2 id="invitations" className={fr.cx('fr-h4')}>
          Invitations en attente
        </h2>
        {team.pending.length === 0 ? (
          <p>Aucune invitation en attente.</p>
        ) : (
          <ul>
            {team.pending.map((invitation) => (
              <li key={invitation.id}>
                {invitation.email} : lien valable jusqu’au {formatDateTime(invitation.expiresAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {!user.suspension && (
        <section aria-labelledby="inviter" className={fr.cx('fr-mt-4w')}>
          <h2 id="inviter" className={fr.cx('fr-h4')}>
            Inviter un collègue
          </h2>
          <InviteColleagueForm organisationId={team.organisation.id} />
        </section>
      )}
    </PageContainer>
  );
}
