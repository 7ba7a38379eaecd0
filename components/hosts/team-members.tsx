import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ActionForm } from '@/components/forms/action-form';
import { removeColleagueAction } from '@/lib/hosts/actions';
import { HOST_MEMBER_ROLE_LABELS } from '@/lib/hosts/labels';

interface Member {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: 'admin' | 'member';
  status?: string;
  removable: boolean;
}

/**
 * An organisation's members, for its own team page and the admin's: the ones the viewer may
 * remove (canRemoveColleague) get a button behind a "Je confirme" box.
 */
export function TeamMembers({
  organisationId,
  members,
  viewerId,
}: {
  organisationId: string;
  members: Member[];
  viewerId: string;
}) {
  const anyRemovable = members.some((member) => member.removable);
  return (
    <Table
      caption={`Membres (${members.length})`}
      headers={['Nom', 'Adresse électronique', 'Rôle', ...(anyRemovable ? ['Retirer de l’équipe'] : [])]}
      data={members.map((member) => {
        const name = `${member.firstName} ${member.lastName}`;
        return [
          `${name}${member.id === viewerId ? ' (vous)' : ''}${member.status === 'disabled' ? ' — compte désactivé' : ''}`,
          member.email,
          HOST_MEMBER_ROLE_LABELS[member.role],
          ...(anyRemovable
            ? [
                member.removable ? (
                  <ActionForm
                    key="retirer"
                    action={removeColleagueAction}
                    hidden={{ organisationId, userId: member.id }}
                    confirmLabel={`Je confirme le retrait de ${name}`}
                    submitLabel={
                      <>
                        Retirer<span className={fr.cx('fr-sr-only')}> {name} de l’équipe</span>
                      </>
                    }
                    priority="secondary"
                  />
                ) : (
                  '—'
                ),
              ]
            : []),
        ];
      })}
    />
  );
}
