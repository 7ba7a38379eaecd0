import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ActionForm } from '@/components/forms/action-form';
import { AdminPage } from '@/components/admin/admin-page';
import { DerogationForm } from '@/components/admin/derogation-form';
import { SchoolHeadSection } from '@/components/admin/school-head-section';
import { DoneNotice } from '@/components/forms/done-notice';
import { withdrawDerogationAction } from '@/lib/admin/actions';
import { findSchoolHeadForAdmin } from '@/lib/admin/heads-queries';
import { findSchoolForAdmin } from '@/lib/admin/queries';
import { requireRole } from '@/lib/auth/session';
import { SCHOOL_NETWORK_LABELS } from '@/lib/schools/labels';
import { formatDate, formatDateTime } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Collège – Administration' };

export default async function SchoolDerogationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fait?: string }>;
}) {
  const admin = await requireRole('admin');
  const { id } = await params;
  const [school, team] = await Promise.all([findSchoolForAdmin(admin, id), findSchoolHeadForAdmin(admin, id)]);
  if (!school || !team) notFound();
  const priority = school.network === 'rep' || school.network === 'rep_plus';

  return (
    <AdminPage
      title={school.name}
      lead={`${school.postcode ?? ''} ${school.commune} · UAI ${school.uai}`}
      trail={[{ label: 'Établissements', href: '/admin/etablissements' }]}
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          derogation: 'La dérogation est enregistrée : le chef d’établissement peut inscrire le collège.',
          retrait: 'La dérogation est retirée : le collège n’est plus éligible.',
          'chef-remplace': 'Le chef d’établissement est désigné ; l’ancien a perdu son accès. Tous deux sont prévenus.',
          'chef-retire': 'Le chef d’établissement est retiré et prévenu. Le collège reste inscrit, sans chef.',
        }}
      />
      <SchoolHeadSection school={school} head={team.head} candidates={team.candidates} />
      <h2 className={fr.cx('fr-h4')}>Classement et dérogation</h2>
      <p>
        Classement : <strong>{SCHOOL_NETWORK_LABELS[school.network]}</strong>.{' '}
        {school.registeredAt
          ? `Inscrit par son chef d’établissement le ${formatDate(school.registeredAt, 'short')}.`
          : 'Pas encore inscrit par son chef d’établissement.'}
      </p>
      {priority ? (
        <p>Ce collège est en éducation prioritaire : il peut s’inscrire sans dérogation.</p>
      ) : school.derogationApprovedAt ? (
        <>
          <h3 className={fr.cx('fr-h6')}>Dérogation en vigueur</h3>
          <p>
            Enregistrée le {formatDateTime(school.derogationApprovedAt, 'short')}
            {school.approval?.by ? ` par ${school.approval.by}` : ''}.
          </p>
          {school.approval?.note && <blockquote className={fr.cx('fr-mb-4w')}>{school.approval.note}</blockquote>}
          <h3 className={fr.cx('fr-h6')}>Retirer la dérogation</h3>
          {school.registeredAt && (
            <Alert
              className={fr.cx('fr-mb-2w')}
              severity="warning"
              small
              role={undefined}
              description="Ce collège est déjà inscrit : ses élèves et ses personnels gardent leur compte, mais le collège ne sera plus éligible."
            />
          )}
          <ActionForm
            action={withdrawDerogationAction}
            hidden={{ schoolId: school.id }}
            confirmLabel={`Je confirme le retrait de la dérogation du ${school.name}`}
            submitLabel="Retirer la dérogation"
            priority="secondary"
          />
        </>
      ) : (
        <>
          <h3 className={fr.cx('fr-h6')}>Enregistrer une dérogation</h3>
          <p>
            La circulaire permet d’admettre un collège hors REP+ et REP qui accueille des élèves des quartiers
            prioritaires, avec l’accord de la préfecture et celui des services académiques. Le collège devient éligible
            dès l’enregistrement.
          </p>
          <DerogationForm schoolId={school.id} schoolName={school.name} />
        </>
      )}
    </AdminPage>
  );
}
