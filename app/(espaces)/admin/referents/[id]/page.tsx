import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { ActionForm } from '@/components/forms/action-form';
import { AdminPage } from '@/components/admin/admin-page';
import { requireRole } from '@/lib/auth/session';
import { rejectRepresentativeAction } from '@/lib/representatives/actions';
import { findRepresentativeScope } from '@/lib/representatives/queries';
import { scopeLabel } from '@/lib/representatives/rules';
import { findUserForAdmin } from '@/lib/admin/queries';
import { formatDate } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Refuser une demande de référent – Administration' };

export default async function RejectRepresentativePage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole('admin');
  const { id } = await params;
  const user = await findUserForAdmin(admin, id);
  const scope = user?.role === 'state_rep' ? await findRepresentativeScope(id) : null;
  if (!user || !scope || user.status !== 'active') notFound();

  return (
    <AdminPage
      title="Refuser une demande de référent"
      trail={[{ label: 'Référents de l’État', href: '/admin/referents' }]}
    >
      <dl>
        <dt className={fr.cx('fr-text--bold')}>Nom</dt>
        <dd>
          {user.firstName} {user.lastName}
        </dd>
        <dt className={fr.cx('fr-text--bold')}>Adresse électronique</dt>
        <dd>{user.email}</dd>
        <dt className={fr.cx('fr-text--bold')}>Périmètre demandé</dt>
        <dd>{scopeLabel(scope)}</dd>
        <dt className={fr.cx('fr-text--bold')}>Demande du</dt>
        <dd>{formatDate(user.createdAt, 'short')}</dd>
      </dl>
      <p>
        Refusez une demande lorsque cette personne n’a pas été désignée comme référent par sa préfecture, son rectorat
        ou son ministère. Son compte sera désactivé : elle ne pourra plus se connecter. Vous pourrez rétablir le compte
        depuis la page des comptes en cas d’erreur.
      </p>
      <ActionForm
        action={rejectRepresentativeAction}
        hidden={{ userId: user.id }}
        confirmLabel={`Je confirme le refus de la demande de ${user.firstName} ${user.lastName}`}
        submitLabel="Refuser la demande"
        priority="secondary"
      />
    </AdminPage>
  );
}
