import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { ActionForm } from '@/components/forms/action-form';
import { confirmAction, pupilCancelAction } from '@/lib/applications/actions';
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_SEVERITY } from '@/lib/applications/labels';
import type { PupilApplication } from '@/lib/applications/queries';
import { DEADLINES, MAX_CONFIRMED_PER_YEAR, PUPIL_NEXT_STEP } from '@/lib/applications/rules';
import { formatDate, formatWeek } from '@/lib/calendar/format';

/**
 * The pupil's follow-up board: how many internships are confirmed out of two, then every
 * application with its state in words, the host's message, what comes next and what to do.
 */
export function PupilApplications({
  applications,
  confirmed,
  agreementIds = {},
}: {
  applications: PupilApplication[];
  confirmed: number;
  /** The convention of each application that has one, by application id. */
  agreementIds?: Record<string, string>;
}) {
  const left = Math.max(0, MAX_CONFIRMED_PER_YEAR - confirmed);
  const toConfirm = applications.filter((application) => application.status === 'accepted').length;
  return (
    <section aria-labelledby="mes-candidatures" className={fr.cx('fr-mt-6w')}>
      <h2 id="mes-candidatures">
        Mes candidatures
        {toConfirm > 0 && (
          <Badge as="span" severity="warning" className={fr.cx('fr-ml-2w')}>
            {toConfirm > 1 ? `${toConfirm} stages à confirmer` : '1 stage à confirmer'}
          </Badge>
        )}
      </h2>
      <p>
        {confirmed === 0
          ? `Tu n’as pas encore de stage confirmé. Tu peux faire jusqu’à ${MAX_CONFIRMED_PER_YEAR} stages cette année, un par semaine.`
          : `${confirmed} stage${confirmed > 1 ? 's' : ''} confirmé${confirmed > 1 ? 's' : ''} sur ${MAX_CONFIRMED_PER_YEAR} cette année : ${left === 0 ? 'tu ne peux plus en ajouter.' : `il t’en reste ${left}.`}`}
      </p>
      {applications.length === 0 ? (
        <p>
          Tu n’as pas encore candidaté. <Link href="/offres">Cherche une offre</Link>, puis envoie ta candidature depuis
          sa page.
        </p>
      ) : (
        <ul className={fr.cx('fr-raw-list')}>
          {applications.map((application) => (
            <li
              key={application.id}
              className={fr.cx('fr-p-3w', 'fr-mb-2w')}
              style={{ border: '1px solid var(--border-default-grey)' }}
            >
              <ApplicationCard application={application} agreementId={agreementIds[application.id]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ApplicationCard({ application, agreementId }: { application: PupilApplication; agreementId?: string }) {
  const { status } = application;
  const headingId = `candidature-${application.id}`;
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        <Link href={`/offres/${application.offerId}`}>{application.offerTitle}</Link>
      </h3>
      <p className={fr.cx('fr-mb-1w')}>
        {application.organisationName}
        {application.commune && `, ${application.commune}`} · {formatWeek(application.week)}
      </p>
      <p className={fr.cx('fr-mb-1w')}>
        <Badge as="span" severity={APPLICATION_STATUS_SEVERITY[status]} noIcon small>
          {APPLICATION_STATUS_LABELS[status]}
        </Badge>{' '}
        <span className={fr.cx('fr-text--sm')}>envoyée le {formatDate(application.sentAt, 'long')}</span>
      </p>
      {application.message && (
        <p className={fr.cx('fr-mb-1w')}>
          <strong>Message de la structure :</strong> {application.message}
        </p>
      )}
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {PUPIL_NEXT_STEP[status]}
        {status === 'accepted' &&
          application.acceptedAt &&
          ` Date limite : ${formatDate(new Date(application.acceptedAt.getTime() + DEADLINES.confirmDays * 86_400_000), 'long')}.`}
      </p>
      {application.placement && (
        <div className={fr.cx('fr-mb-2w')}>
          <p className={fr.cx('fr-mb-1v')}>
            <strong>Adresse :</strong> {application.placement.address}
          </p>
          {application.placement.tutorName && (
            <p className={fr.cx('fr-mb-0')}>
              <strong>Ton tuteur :</strong> {application.placement.tutorName}
              {application.placement.tutorRole && `, ${application.placement.tutorRole}`}
              {application.placement.tutorEmail && ` · ${application.placement.tutorEmail}`}
              {application.placement.tutorPhone && ` · ${application.placement.tutorPhone}`}
            </p>
          )}
        </div>
      )}
      {agreementId && status === 'confirmed' && (
        <p className={fr.cx('fr-mb-2w')}>
          <Link
            href={`/eleve/conventions/${agreementId}`}
            className={fr.cx('fr-link', 'fr-icon-file-text-line', 'fr-link--icon-left')}
          >
            Voir ma convention
            <span className={fr.cx('fr-sr-only')}> : {application.offerTitle}</span>
          </Link>
        </p>
      )}
      <Actions application={application} />
    </article>
  );
}

function Actions({ application }: { application: PupilApplication }) {
  const hidden = { applicationId: application.id };
  const about = <span className={fr.cx('fr-sr-only')}> : {application.offerTitle}</span>;
  const cancel = (summary: string, submit: string, confirmLabel: string, reason?: boolean) => (
    <details className={fr.cx('fr-mt-2w')}>
      <summary>{summary}</summary>
      <ActionForm
        action={pupilCancelAction}
        hidden={hidden}
        priority="secondary"
        reason={
          reason
            ? {
                label: 'Pourquoi annules-tu ton stage ?',
                hint: 'La structure d’accueil lira ton message.',
                maxLength: 1000,
              }
            : undefined
        }
        confirmLabel={confirmLabel}
        submitLabel={
          <>
            {submit}
            {about}
          </>
        }
      />
    </details>
  );
  switch (application.status) {
    case 'accepted':
      return (
        <>
          <ActionForm
            action={confirmAction}
            hidden={hidden}
            confirmLabel="Je confirme ce stage. Mes autres candidatures pour cette semaine seront retirées."
            submitLabel={<>Confirmer ce stage{about}</>}
          />
          {cancel(
            'Je ne veux plus de ce stage',
            'Refuser cette place',
            'Je confirme : la place sera proposée à un autre élève.',
          )}
        </>
      );
    case 'confirmed':
      return cancel('Annuler mon stage', 'Annuler mon stage', 'Je confirme l’annulation de mon stage.', true);
    case 'submitted':
    case 'read':
      return cancel('Retirer ma candidature', 'Retirer ma candidature', 'Je confirme : je retire ma candidature.');
    default:
      return null;
  }
}
