import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { AdminPage } from '@/components/admin/admin-page';
import { ReasonForm } from '@/components/admin/reason-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { decideHeadRequestAction } from '@/lib/admin/heads-actions';
import { listHeadRequests } from '@/lib/admin/heads-queries';
import { requireRole } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Demandes des chefs d’établissement – Administration' };

/**
 * Heads who could not use their school's functional mailbox ask the admin: each request (from an
 * account whose own address is verified) is approved or refused with a reason the requester reads.
 */
export default async function HeadRequestsPage({ searchParams }: { searchParams: Promise<{ fait?: string }> }) {
  const admin = await requireRole('admin');
  const requests = await listHeadRequests(admin);

  return (
    <AdminPage
      title="Demandes des chefs d’établissement"
      lead="Ces personnes demandent à gérer un collège sans passer par son adresse fonctionnelle. Vérifiez leur identité auprès du collège ou du rectorat avant d’approuver."
      trail={[{ label: 'Établissements', href: '/admin/etablissements' }]}
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          approuvee: 'Demande approuvée : la personne est chef d’établissement du collège et en est prévenue.',
          refusee: 'Demande refusée : la personne en est prévenue, avec la raison.',
        }}
      />
      {requests.length === 0 ? (
        <p>Aucune demande en attente.</p>
      ) : (
        <ul className={fr.cx('fr-raw-list')}>
          {requests.map((request) => {
            const name = `${request.firstName} ${request.lastName}`;
            return (
              <li key={request.id} className={fr.cx('fr-mb-6w')}>
                <section aria-labelledby={`demande-${request.id}`}>
                  <h2 id={`demande-${request.id}`} className={fr.cx('fr-h5')}>
                    {name} pour le {request.schoolName}
                  </h2>
                  <p>
                    {request.email} · reçue le {formatDateTime(request.createdAt, 'short')} ·{' '}
                    <Link href={`/admin/etablissements/${request.schoolId}`}>
                      {request.schoolName}, {request.commune} (UAI {request.uai})
                    </Link>
                  </p>
                  {request.message && <blockquote>{request.message}</blockquote>}
                  {request.schoolHasHead && (
                    <Alert
                      className={fr.cx('fr-mb-2w')}
                      severity="warning"
                      small
                      role={undefined}
                      description="Ce collège a déjà un chef d’établissement : la demande ne peut qu’être refusée, ou le chef remplacé depuis la page du collège."
                    />
                  )}
                  <ReasonForm
                    action={decideHeadRequestAction}
                    hidden={{ requestId: request.id }}
                    choice={{
                      name: 'decision',
                      label: `Décision sur la demande de ${name}`,
                      as: 'radio',
                      options: [
                        { value: 'approve', label: 'Approuver' },
                        { value: 'refuse', label: 'Refuser' },
                      ],
                    }}
                    reasonLabel="Raison de la décision"
                    reasonHint="Envoyée à la personne et conservée dans le journal."
                    submitLabel={
                      <>
                        Enregistrer la décision<span className={fr.cx('fr-sr-only')}> sur la demande de {name}</span>
                      </>
                    }
                  />
                </section>
              </li>
            );
          })}
        </ul>
      )}
    </AdminPage>
  );
}
