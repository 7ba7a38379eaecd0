import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { PageContainer } from '@/components/layout/page-container';
import { ConsentBadge } from '@/components/pupils/consent-badge';
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_SEVERITY } from '@/lib/applications/labels';
import { requireRole } from '@/lib/auth/session';
import { formatDateTime, formatWeek } from '@/lib/calendar/format';
import { canFollowSchool } from '@/lib/classes/policy';
import { FOLLOW_UP_PATH } from '@/lib/pupils/follow-up-schemas';
import { getPupilRecord, type PupilRecordApplication } from '@/lib/pupils/record-queries';
import { plural } from '@/lib/text/words';

type Props = { params: Promise<{ id: string }> };

// Once per request for the page and its title.
const loadPupil = cache(async (id: string) => {
  const user = await requireRole('school_staff');
  return { user, pupil: await getPupilRecord(user, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pupil } = await loadPupil((await params).id);
  return { title: pupil ? `${pupil.firstName} ${pupil.lastName}` : 'Élève' };
}

/** A pupil's applications and their history, read-only, for the staff who follow their class; anyone else gets a 404. */
export default async function PupilPage({ params }: Props) {
  const { user, pupil } = await loadPupil((await params).id);
  if (!pupil) notFound();
  const back =
    user.schoolId && canFollowSchool(user, user.schoolId)
      ? { href: FOLLOW_UP_PATH, label: 'Suivi des élèves' }
      : pupil.classId
        ? { href: `/etablissement/classes/${pupil.classId}`, label: `Classe ${pupil.className}` }
        : { href: '/etablissement/classes', label: 'Classes' };

  return (
    <PageContainer
      title={`${pupil.firstName} ${pupil.lastName}`}
      lead={pupil.className ? `Élève de la classe ${pupil.className}` : 'Élève sans classe'}
    >
      <p>
        <Link href={back.href} className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          {back.label}
        </Link>
      </p>
      <p>
        Autorisation parentale : <ConsentBadge consentAt={pupil.consentAt} />
      </p>

      <section aria-labelledby="candidatures" className={fr.cx('fr-mt-4w')}>
        <h2 id="candidatures">
          {pupil.applications.length === 0
            ? 'Aucune candidature'
            : `${plural(pupil.applications.length, 'candidature envoyée')}`}
        </h2>
        {pupil.applications.length === 0 ? (
          <p>
            {pupil.consentAt
              ? 'L’élève n’a encore envoyé aucune candidature. Il cherche des offres autour du collège et candidate depuis la page d’une offre : encouragez-le à envoyer plusieurs candidatures.'
              : 'L’élève pourra chercher des offres et candidater dès que son autorisation parentale sera enregistrée par le professeur principal ou la direction.'}
          </p>
        ) : (
          <ul className={fr.cx('fr-raw-list')}>
            {pupil.applications.map((application) => (
              <ApplicationHistory key={application.id} application={application} />
            ))}
          </ul>
        )}
      </section>
    </PageContainer>
  );
}

function ApplicationHistory({ application }: { application: PupilRecordApplication }) {
  const headingId = `candidature-${application.id}`;
  return (
    <li className={fr.cx('fr-p-3w', 'fr-mb-3w')} style={{ border: '1px solid var(--border-default-grey)' }}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
          {application.offerTitle}
        </h3>
        <p className={fr.cx('fr-mb-1w')}>
          {application.organisationName} · {formatWeek(application.week)}
        </p>
        <p className={fr.cx('fr-mb-2w')}>
          <Badge as="span" severity={APPLICATION_STATUS_SEVERITY[application.status]} noIcon small>
            {APPLICATION_STATUS_LABELS[application.status]}
          </Badge>
        </p>
        <h4 className={fr.cx('fr-text--md', 'fr-text--bold', 'fr-mb-1w')}>Historique</h4>
        <ol className={fr.cx('fr-mb-0')}>
          {application.history.map((event, i) => (
            <li key={i}>
              {formatDateTime(event.at)} : {APPLICATION_STATUS_LABELS[event.toStatus]}
            </li>
          ))}
        </ol>
      </article>
    </li>
  );
}
