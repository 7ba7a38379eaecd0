import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { HostAnswers } from '@/components/applications/host-answers';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { answerApplication } from '@/lib/applications/answer-mutations';
import { findApplicationForHost } from '@/lib/applications/inbox-queries';
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_SEVERITY, CV_FIELDS } from '@/lib/applications/labels';
import { requireRole } from '@/lib/auth/session';
import { formatDate, formatWeek } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Candidature' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * One application to an offer the host manages: opening it marks it read. The letter and the CV;
 * the pupil's full name, school and class once they confirm, never their contact details here.
 */
export default async function HostApplicationPage({ params, searchParams }: Props) {
  const user = await requireRole('host', 'operator');
  const { id } = await params;
  let application = await findApplicationForHost(user, id);
  if (!application) notFound();
  if (application.status === 'submitted') {
    await answerApplication(user, id, { kind: 'read' });
    application = { ...application, status: 'read' };
  }
  const cv = CV_FIELDS.filter((field) => application.cv[field.name]);
  const pupil = application.confirmedPupil;
  return (
    <PageContainer
      title={`Candidature de ${pupil?.name ?? application.pupilName}`}
      breadcrumb="Candidature"
      parents={[{ label: 'Candidatures', href: '/entreprise/candidatures' }]}
      narrow
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          acceptee: 'Candidature acceptée : l’élève est prévenu et a 7 jours pour confirmer.',
          refusee: 'Candidature refusée : l’élève lit votre motif.',
          annulee: 'Candidature annulée : l’élève est prévenu et la place est libérée.',
        }}
      />
      <p>
        <Badge as="span" severity={APPLICATION_STATUS_SEVERITY[application.status]} noIcon>
          {APPLICATION_STATUS_LABELS[application.status]}
        </Badge>
      </p>
      <ul>
        <li>Offre : {application.offerTitle}</li>
        <li>Semaine : {formatWeek(application.week)}</li>
        <li>Reçue le {formatDate(application.receivedAt, 'long')}</li>
        {pupil && (
          <li>
            Élève : {pupil.name}, {pupil.school}
            {pupil.className && `, classe ${pupil.className}`}
          </li>
        )}
        {(application.rejectionReason ?? application.cancellationReason) && (
          <li>Motif : {application.rejectionReason ?? application.cancellationReason}</li>
        )}
      </ul>
      {!pupil && (
        <p className={fr.cx('fr-text--sm')}>
          Le nom complet de l’élève et son collège vous sont donnés quand il confirme le stage ; ses coordonnées ne
          passent que par la convention.
        </p>
      )}
      <h2>Lettre de motivation</h2>
      <blockquote style={{ whiteSpace: 'pre-line' }}>{application.motivation}</blockquote>
      <h2>CV</h2>
      {cv.length === 0 ? (
        <p>L’élève n’a pas rempli son CV.</p>
      ) : (
        <dl>
          {cv.map((field) => (
            <div key={field.name} className={fr.cx('fr-mb-2w')}>
              <dt className={fr.cx('fr-text--bold')}>{field.label}</dt>
              <dd className={fr.cx('fr-ml-0')}>{application.cv[field.name]}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className={fr.cx('fr-mt-4w')}>
        <HostAnswers applicationId={application.id} status={application.status} />
      </div>
    </PageContainer>
  );
}
