import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { PageContainer } from '@/components/layout/page-container';
import { ActionForm } from '@/components/forms/action-form';
import { ChangeRoleForm } from '@/components/staff/member-forms';
import { requireRole } from '@/lib/auth/session';
import { getManageableMember } from '@/lib/staff/queries';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import { revokeStaffAction } from '@/lib/staff/actions';

export const metadata: Metadata = { title: 'Gérer l’accès d’un membre' };

type Props = { params: Promise<{ id: string }> };

/** The head changes a member's role or revokes them; other members, schools and roles get a 404. */
export default async function MemberPage({ params }: Props) {
  const user = await requireRole('school_staff');
  const member = await getManageableMember(user, (await params).id);
  if (!member) notFound();
  const name = `${member.firstName} ${member.lastName}`;

  return (
    <PageContainer title={name} lead={`${STAFF_ROLE_LABELS[member.role]} · ${member.email}`}>
      <p>
        <Link
          href="/etablissement/equipe"
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          Équipe du collège
        </Link>
      </p>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
          <section aria-labelledby="role">
            <h2 id="role">Rôle</h2>
            <p>
              Le professeur principal et le professeur suivent les classes ; les autres rôles ont le même tableau de
              suivi que vous.
            </p>
            <ChangeRoleForm membershipId={member.membershipId} role={member.role} />
          </section>
          <section aria-labelledby="retrait" className={fr.cx('fr-mt-6w')}>
            <h2 id="retrait">Retirer l’accès</h2>
            <p>
              {name} n’aura plus accès au collège dès sa prochaine action sur le site, et ne sera plus professeur
              principal de ses classes. Vous pourrez l’inviter à nouveau plus tard.
            </p>
            <ActionForm
              action={revokeStaffAction}
              hidden={{ membershipId: member.membershipId }}
              confirmLabel={`Je confirme retirer l’accès de ${name} au collège.`}
              submitLabel="Retirer l’accès"
              priority="secondary"
            />
          </section>
        </div>
      </div>
    </PageContainer>
  );
}
