import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { PageContainer } from '@/components/layout/page-container';
import { InviteStaffForm } from '@/components/staff/invite-staff-form';
import { RowActionForm } from '@/components/staff/row-action-form';
import { requireRole } from '@/lib/auth/session';
import { cancelInvitationAction, decideJoinRequestAction } from '@/lib/staff/actions';
import { listTeam, type Team } from '@/lib/staff/queries';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import { formatDate } from '@/lib/calendar/format';
import { DoneNotice } from '@/components/forms/done-notice';

export const metadata: Metadata = { title: 'Équipe du collège' };

/** Messages after an action (see DoneNotice). */
const NOTICES = {
  'demande-acceptee': 'Demande acceptée : la personne a accès au collège et en est informée par courriel.',
  'demande-refusee': 'Demande refusée : la personne n’a pas accès au collège.',
  'invitation-annulee': 'Invitation annulée : son lien ne fonctionne plus.',
  'role-modifie': 'Rôle modifié.',
  'acces-retire': 'Accès retiré : la personne n’a plus accès au collège dès maintenant.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The head manages staff access here; the other school-wide staff see the team, read-only. */
export default async function TeamPage({ searchParams }: Props) {
  const user = await requireRole('school_staff');
  const team = await listTeam(user);
  if (!team) forbidden();

  return (
    <PageContainer
      title="Équipe du collège"
      lead={
        team.canManage
          ? 'Invitez les personnels, répondez aux demandes d’accès, modifiez les rôles.'
          : 'Les personnels du collège qui ont accès à la plateforme.'
      }
    >
      <p>
        <Link href="/etablissement" className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          Mon établissement
        </Link>
      </p>
      <DoneNotice searchParams={await searchParams} messages={NOTICES} />

      <section aria-labelledby="membres">
        <h2 id="membres">Membres ({team.members.length})</h2>
        <Table
          caption="Personnels ayant accès au collège"
          noCaption
          headers={['Nom', 'Adresse électronique', 'Rôle', ...(team.canManage ? ['Actions'] : [])]}
          data={team.members.map((member) => [
            `${member.lastName.toUpperCase()} ${member.firstName}`,
            member.email,
            STAFF_ROLE_LABELS[member.role],
            ...(team.canManage
              ? [
                  member.manageable ? (
                    <Link key="gerer" href={`/etablissement/equipe/${member.membershipId}`}>
                      Gérer
                      <span className={fr.cx('fr-sr-only')}>
                        {' '}
                        l’accès de {member.firstName} {member.lastName}
                      </span>
                    </Link>
                  ) : (
                    '—'
                  ),
                ]
              : []),
          ])}
        />
        {!team.canManage && (
          <p className={fr.cx('fr-text--sm')}>
            Seul le chef d’établissement invite les personnels et modifie leurs accès.
          </p>
        )}
      </section>

      {team.canManage && (
        <>
          <JoinRequests requests={team.requests} />
          <Invitations invitations={team.invitations} />
          <section aria-labelledby="inviter" className={fr.cx('fr-mt-6w')}>
            <h2 id="inviter">Inviter un membre de l’équipe</h2>
            <p>
              La personne reçoit un lien par courriel, valable 7 jours et utilisable une fois, pour créer son compte.
            </p>
            <InviteStaffForm />
          </section>
        </>
      )}
    </PageContainer>
  );
}

function JoinRequests({ requests }: { requests: Team['requests'] }) {
  return (
    <section aria-labelledby="demandes" className={fr.cx('fr-mt-6w')}>
      <h2 id="demandes">Demandes d’accès ({requests.length})</h2>
      {requests.length === 0 ? (
        <p>Aucune demande en attente. Les personnels qui s’inscrivent en choisissant votre collège apparaîtront ici.</p>
      ) : (
        <Table
          caption="Demandes d’accès en attente"
          noCaption
          headers={['Nom', 'Adresse électronique', 'Rôle demandé', 'Demandé le', 'Réponse']}
          data={requests.map((request) => {
            const who = (
              <span className={fr.cx('fr-sr-only')}>
                {' '}
                la demande de {request.firstName} {request.lastName}
              </span>
            );
            const fields = { membershipId: request.membershipId };
            return [
              `${request.lastName.toUpperCase()} ${request.firstName}`,
              request.email,
              STAFF_ROLE_LABELS[request.role],
              formatDate(request.since),
              <div key="reponse">
                <RowActionForm
                  action={decideJoinRequestAction}
                  fields={{ ...fields, decision: 'approve' }}
                  label={<>Accepter{who}</>}
                  priority="primary"
                />
                <RowActionForm
                  action={decideJoinRequestAction}
                  fields={{ ...fields, decision: 'decline' }}
                  label={<>Refuser{who}</>}
                />
              </div>,
            ];
          })}
        />
      )}
    </section>
  );
}

function Invitations({ invitations }: { invitations: Team['invitations'] }) {
  return (
    <section aria-labelledby="invitations" className={fr.cx('fr-mt-6w')}>
      <h2 id="invitations">Invitations en attente ({invitations.length})</h2>
      {invitations.length === 0 ? (
        <p>Aucune invitation en attente. Une invitation acceptée fait apparaître la personne parmi les membres.</p>
      ) : (
        <Table
          caption="Invitations envoyées et pas encore acceptées"
          noCaption
          headers={['Adresse électronique', 'Rôle', 'Valable jusqu’au', 'Action']}
          data={invitations.map((invitation) => [
            invitation.email,
            STAFF_ROLE_LABELS[invitation.role],
            formatDate(invitation.expiresAt),
            <RowActionForm
              key="annuler"
              action={cancelInvitationAction}
              fields={{ invitationId: invitation.id }}
              label={
                <>
                  Annuler<span className={fr.cx('fr-sr-only')}> l’invitation de {invitation.email}</span>
                </>
              }
            />,
          ])}
        />
      )}
    </section>
  );
}
