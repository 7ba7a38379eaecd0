import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { PupilApply } from '@/components/applications/pupil-apply';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { ModerationNotice } from '@/components/offers/moderation-notice';
import { OfferDetails } from '@/components/offers/offer-details';
import { AdminModeration, ReportOffer } from '@/components/offers/offer-moderation';
import { RequestReservationForm } from '@/components/offers/reservation-forms';
import { PendingConsent } from '@/components/pupils/pending-consent';
import { isAdmin } from '@/lib/admin/policy';
import { canReportOffers, canRequestReservation } from '@/lib/offers/policy';
import { listOpenReportsOnOffer, ownOpenReport } from '@/lib/offers/report-queries';
import { getCurrentUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/types';
import { todayInParis } from '@/lib/calendar/weeks';
import { findOfferForViewer, type OfferView } from '@/lib/offers/offer-page-queries';
import { OFFER_STATUS_LABELS } from '@/lib/offers/labels';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One query per request for the metadata and the page. */
const loadOffer = cache(async (id: string) => {
  const user = await getCurrentUser();
  return { user, offer: await findOfferForViewer(user, id, todayInParis()) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offer } = await loadOffer((await params).id);
  return { title: offer?.title ?? 'Offre de stage' };
}

/**
 * The offer page: public for published offers that are not reserved; reserved ones for the pupils
 * and staff of their schools; any status for the host's preview. Anything else is a 404, so the
 * page never tells that a hidden offer exists.
 */
export default async function OfferPage({ params, searchParams }: Props) {
  const [{ user, offer }, query] = await Promise.all([params.then(({ id }) => loadOffer(id)), searchParams]);
  if (!offer) {
    // A pupil waiting for the parental authorisation is told why, rather than shown a dead link.
    if (user?.role === 'pupil' && user.pendingConsent)
      return (
        <PageContainer title="Offre de stage" breadcrumb="Offre de stage">
          <PendingConsent />
        </PageContainer>
      );
    notFound();
  }
  const audience = user?.role === 'pupil' ? 'pupil' : 'other';

  return (
    <PageContainer
      title={offer.title}
      breadcrumb={offer.title}
      parents={[{ label: 'Offres de stage', href: '/offres' }]}
      narrow
    >
      <DoneNotice
        searchParams={query}
        messages={{
          signalee:
            audience === 'pupil'
              ? 'Merci : ton signalement est transmis à l’équipe nationale, qui va vérifier cette offre.'
              : 'Merci : votre signalement est transmis à l’équipe nationale, qui va vérifier cette offre.',
          depubliee:
            'L’offre est dépubliée : les élèves ne la voient plus, sa structure d’accueil a reçu le motif par courriel.',
          levee: 'La dépublication est levée : la structure d’accueil peut republier l’offre et en est informée.',
        }}
      />
      <Notices offer={offer} user={user} />
      {offer.isReserved && (
        <Badge severity="info" className={fr.cx('fr-mb-2w')}>
          {reservedLabel(offer, user)}
        </Badge>
      )}
      <OfferDetails offer={offer} audience={audience} />
      {user?.role === 'pupil' && offer.status === 'published' && <PupilApply offer={offer} user={user} />}
      {user && offer.status === 'published' && canRequestReservation(user) && <HeadReservation offer={offer} />}
      {user && offer.status === 'published' && !offer.preview && canReportOffers(user) && (
        <ReportOffer offerId={offer.id} reportedAt={await ownOpenReport(user, offer.id)} pupil={audience === 'pupil'} />
      )}
      {user && isAdmin(user) && (
        <AdminModeration
          offerId={offer.id}
          state={{ status: offer.status, moderated: offer.moderation !== null }}
          moderation={offer.moderation}
          reports={await listOpenReportsOnOffer(user, offer.id)}
        />
      )}
      <p className={fr.cx('fr-mt-6w')}>
        <Link href="/offres" className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          Retour aux offres de stage
        </Link>
      </p>
    </PageContainer>
  );
}

function reservedLabel(offer: OfferView, user: SessionUser | null): string {
  if (offer.preview || user?.role === 'admin') return 'Réservée à certains collèges';
  return user?.role === 'pupil' ? 'Réservée aux élèves de ton collège' : 'Réservée à votre collège';
}

/** The host's preview banner, and the status of an unpublished offer an admin opens. */
function Notices({ offer, user }: { offer: OfferView; user: SessionUser | null }) {
  if (offer.preview) {
    const published = offer.status === 'published';
    return (
      <>
        {offer.moderation && <ModerationNotice {...offer.moderation} />}
        <Alert
          className={fr.cx('fr-mb-4w')}
          severity="info"
          role="status"
          as="h2"
          title={
            published
              ? 'Aperçu de votre offre publiée'
              : offer.status === 'draft'
                ? 'Aperçu : cette offre est un brouillon'
                : 'Aperçu : cette offre n’est pas publiée'
          }
          description={
            <>
              {published
                ? 'Voici la page telle que la lisent les élèves'
                : 'Les élèves ne la voient pas. Voici la page telle qu’ils la liront une fois l’offre publiée'}
              {offer.isReserved ? ', seulement ceux des collèges pour lesquels elle est réservée. ' : '. '}
              {offer.tutor?.name &&
                `Tuteur : ${offer.tutor.name}${offer.tutor.role ? `, ${offer.tutor.role}` : ''} (visible par votre structure seulement). `}
              <Link href={`/entreprise/offres/${offer.id}`}>Retour à la gestion de l’offre</Link>
            </>
          }
        />
      </>
    );
  }
  if (offer.status !== 'published' && user?.role === 'admin')
    return (
      <Alert
        className={fr.cx('fr-mb-4w')}
        severity="info"
        role="status"
        small
        description={`Statut de cette offre : ${OFFER_STATUS_LABELS[offer.status].toLowerCase()}. Seuls sa structure d’accueil et l’administration la voient.`}
      />
    );
  return null;
}

/** School heads: reserve the offer for their collège, or see where their request stands. */
function HeadReservation({ offer }: { offer: OfferView }) {
  // A reserved offer a head can see is already reserved for their school: the badge says so.
  if (offer.isReserved) return null;
  const status = offer.reservation?.status === 'accepted' ? null : (offer.reservation?.status ?? null);
  return (
    <section aria-labelledby="reserver" className={fr.cx('fr-mt-4w')}>
      <h2 id="reserver" className={fr.cx('fr-h4')}>
        Réserver cette offre pour votre collège
      </h2>
      <p>
        Si la structure d’accueil accepte, l’offre ne sera plus visible que par les élèves et les personnels des
        collèges pour lesquels elle est réservée. Elle vous répond par courriel.
      </p>
      <RequestReservationForm offerId={offer.id} status={status} />
    </section>
  );
}
