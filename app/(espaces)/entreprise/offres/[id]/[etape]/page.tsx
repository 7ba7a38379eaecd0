import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { ModerationNotice } from '@/components/offers/moderation-notice';
import { ContentStep } from '@/components/offers/form/content-step';
import { PlaceStep } from '@/components/offers/form/place-step';
import { PracticalStep } from '@/components/offers/form/practical-step';
import { ReservationStep } from '@/components/offers/form/reservation-step';
import { StructureStep } from '@/components/offers/form/structure-step';
import { WeeksStep } from '@/components/offers/form/weeks-step';
import { requireRole } from '@/lib/auth/session';
import { todayInParis } from '@/lib/calendar/weeks';
import { weekDemand } from '@/lib/offers/demand-queries';
import { getManagedOffer, listSectorOptions, type ManagedOffer } from '@/lib/offers/queries';
import { OFFER_STEP_LABELS, OFFER_STEPS, type OfferStep } from '@/lib/offers/schemas';
import { isEditable } from '@/lib/offers/lifecycle-rules';
import { mapTileUrl } from '@/lib/geo/tiles';

export const metadata: Metadata = { title: 'Modifier une offre de stage' };

/** One step of the offer form, for the offer's managers (404 for anyone else). */
export default async function OfferStepPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; etape: string }>;
  searchParams: Promise<{ fait?: string }>;
}) {
  const user = await requireRole('host', 'operator');
  const [{ id, etape }, query] = await Promise.all([params, searchParams]);
  if (!OFFER_STEPS.includes(etape as OfferStep)) notFound();
  const step = etape as OfferStep;
  const today = todayInParis();
  const offer = await getManagedOffer(user, id, today);
  if (!offer) notFound();

  return (
    <PageContainer
      title={offer.status === 'draft' ? 'Compléter l’offre' : 'Modifier l’offre'}
      lead={offer.title}
      breadcrumb={OFFER_STEP_LABELS[step]}
      parents={[
        { label: 'Mes offres', href: '/entreprise/offres' },
        { label: offer.title, href: `/entreprise/offres/${offer.id}` },
      ]}
      narrow
    >
      <DoneNotice
        searchParams={query}
        messages={{
          renew:
            'L’offre est renouvelée pour la nouvelle campagne, en brouillon : vérifiez chaque étape et choisissez ses semaines.',
          duplicate: 'Copie créée en brouillon : modifiez ce qui doit changer, puis publiez-la.',
        }}
      />
      {offer.moderatedAt && <ModerationNotice at={offer.moderatedAt} reason={offer.moderationReason} />}
      {!isEditable(offer.status) ? (
        <p>
          Cette offre est archivée : elle ne peut plus être modifiée.{' '}
          <Link href={`/entreprise/offres/${offer.id}`}>Dupliquez-la</Link> pour la proposer à nouveau.
        </p>
      ) : (
        <StepForm step={step} offer={offer} today={today} />
      )}
    </PageContainer>
  );
}

async function StepForm({ step, offer, today }: { step: OfferStep; offer: ManagedOffer; today: string }) {
  switch (step) {
    case 'structure':
      return (
        <StructureStep
          offerId={offer.id}
          organisations={null}
          organisationName={offer.organisationName}
          defaultValues={{
            organisationId: '',
            tutorName: offer.tutorName ?? '',
            tutorRole: offer.tutorRole ?? '',
            tutorEmail: offer.tutorEmail ?? '',
            tutorPhone: offer.tutorPhone ?? '',
          }}
        />
      );
    case 'contenu':
      return (
        <ContentStep
          offerId={offer.id}
          sectors={await listSectorOptions()}
          defaultValues={{
            title: offer.title === 'Nouvelle offre' ? '' : offer.title,
            description: offer.description,
            jobsDiscovered: offer.jobsDiscovered,
            sectorId: offer.sectorId ?? '',
          }}
        />
      );
    case 'lieu':
      return (
        <PlaceStep
          offerId={offer.id}
          tileUrl={mapTileUrl()}
          defaultValues={{
            street: offer.street ?? '',
            postcode: offer.postcode ?? '',
            commune: offer.commune ?? '',
            lat: offer.lat === null ? '' : String(offer.lat),
            lng: offer.lng === null ? '' : String(offer.lng),
          }}
        />
      );
    case 'semaines': {
      const place = offer.lat !== null && offer.lng !== null ? { lat: offer.lat, lng: offer.lng } : null;
      return (
        <WeeksStep
          offerId={offer.id}
          context={{ schoolYear: offer.schoolYear, today, recorded: offer.weeks }}
          pastWeeks={offer.pastWeeks}
          demand={place ? await weekDemand(place, offer.schoolYear, today) : null}
          defaultValues={{
            weeks: offer.weeks,
            seatsPerWeek: String(offer.seatsPerWeek),
            seatsPerYear: String(offer.seatsPerYear),
          }}
        />
      );
    }
    case 'pratique':
      return (
        <PracticalStep
          offerId={offer.id}
          defaultValues={{
            dailyStart: offer.dailyStart?.slice(0, 5) ?? '09:00',
            dailyEnd: offer.dailyEnd?.slice(0, 5) ?? '16:30',
            lunchBreakMinutes: String(offer.lunchBreakMinutes),
            lunch: offer.lunch,
            accessibleToDisabled: offer.accessibleToDisabled,
            accessibilityDetails: offer.accessibilityDetails,
          }}
        />
      );
    case 'reservation':
      return (
        <ReservationStep
          offerId={offer.id}
          chosen={offer.reservedSchools}
          defaultValues={{ reserved: offer.isReserved, schoolIds: offer.reservedSchools.map((school) => school.id) }}
        />
      );
  }
}
