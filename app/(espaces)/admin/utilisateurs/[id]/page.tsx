import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { ActionForm } from '@/components/forms/action-form';
import { AdminPage } from '@/components/admin/admin-page';
import { DoneNotice } from '@/components/forms/done-notice';
import { ACCOUNT_STATUS_LABELS, USER_ROLE_LABELS } from '@/lib/users/labels';
import { deactivateUserAction, reactivateUserAction } from '@/lib/admin/actions';
import { findUserForAdmin } from '@/lib/admin/queries';
import { organisationIdOfMember } from '@/lib/admin/suspension-queries';
import { requireRole } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Compte – Administration' };

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fait?: string }>;
}) {
  const admin = await requireRole('admin');
  const { id } = await params;
  const [user, organisationId] = await Promise.all([findUserForAdmin(admin, id), organisationIdOfMember(admin, id)]);
  if (!user) notFound();
  const name = `${user.firstName} ${user.lastName}`;

  return (
    <AdminPage title={name} trail={[{ label: 'Comptes', href: '/admin/utilisateurs' }]}>
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          desactive: 'Le compte est désactivé : son titulaire perd l’accès dès sa prochaine action sur le site.',
          reactive: 'Le compte est rétabli.',
        }}
      />
      <dl>
        <dt className={fr.cx('fr-text--bold')}>Adresse électronique</dt>
        <dd>{user.email}</dd>
        <dt className={fr.cx('fr-text--bold')}>Type de compte</dt>
        <dd>{USER_ROLE_LABELS[user.role]}</dd>
        {user.attachedTo && (
          <>
            <dt className={fr.cx('fr-text--bold')}>Rattachement</dt>
            <dd>
              {user.attachedTo}
              {organisationId && (
                <>
                  {' '}
                  · <Link href={`/admin/structures/${organisationId}`}>Gérer la structure (suspension, équipe)</Link>
                </>
              )}
            </dd>
          </>
        )}
        <dt className={fr.cx('fr-text--bold')}>État</dt>
        <dd>{ACCOUNT_STATUS_LABELS[user.status]}</dd>
        <dt className={fr.cx('fr-text--bold')}>Créé le</dt>
        <dd>{formatDate(user.createdAt, 'short')}</dd>
        <dt className={fr.cx('fr-text--bold')}>Dernière connexion</dt>
        <dd>{formatDateTime(user.lastSignInAt, 'short')}</dd>
      </dl>
      {user.id === admin.id ? (
        <p>C’est votre compte : il ne peut pas être désactivé d’ici.</p>
      ) : user.status === 'disabled' ? (
        <section aria-labelledby="retablir">
          <h2 id="retablir" className={fr.cx('fr-h4')}>
            Rétablir le compte
          </h2>
          <p>Son titulaire pourra de nouveau se connecter avec son mot de passe.</p>
          <ActionForm action={reactivateUserAction} hidden={{ userId: user.id }} submitLabel="Rétablir le compte" />
        </section>
      ) : (
        <section aria-labelledby="desactiver">
          <h2 id="desactiver" className={fr.cx('fr-h4')}>
            Désactiver le compte
          </h2>
          <p>
            Son titulaire ne pourra plus se connecter et perd l’accès immédiatement, même s’il est connecté en ce
            moment. Ses données sont conservées ; vous pourrez rétablir le compte.
          </p>
          <ActionForm
            action={deactivateUserAction}
            hidden={{ userId: user.id }}
            confirmLabel={`Je confirme la désactivation du compte de ${name}`}
            submitLabel="Désactiver le compte"
            priority="secondary"
          />
        </section>
      )}
    </AdminPage>
  );
}
