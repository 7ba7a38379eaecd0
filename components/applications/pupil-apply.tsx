import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { applyContext, getCv } from '@/lib/applications/queries';
import { APPLICATION_STATUS_LABELS } from '@/lib/applications/labels';
import type { SessionUser } from '@/lib/auth/types';
import { formatWeek } from '@/lib/calendar/format';
import { todayInParis } from '@/lib/calendar/weeks';
import type { OfferView } from '@/lib/offers/offer-page-queries';
import { ApplyForm } from './apply-form';

/**
 * The pupil's part of an offer page: where their applications to it stand, and the form to apply
 * for a week of their class that still has a seat (any open week when the class has none).
 */
export async function PupilApply({ offer, user }: { offer: OfferView; user: SessionUser }) {
  const [{ classWeeks, applied }, cv] = await Promise.all([applyContext(user, offer.id, todayInParis()), getCv(user)]);
  const appliedWeeks = new Set(applied.map((row) => row.week));
  const weeks = offer.weeks
    .filter((row) => row.seatsLeft > 0 && !appliedWeeks.has(row.week))
    .filter((row) => classWeeks.length === 0 || classWeeks.includes(row.week))
    .map((row) => ({ value: row.week, label: formatWeek(row.week) }));
  return (
    <section aria-labelledby="candidater" className={fr.cx('fr-mt-6w')}>
      <h2 id="candidater">Candidater</h2>
      {applied.length > 0 && (
        <ul>
          {applied.map((row) => (
            <li key={row.id}>
              Ta candidature pour la {formatWeek(row.week)} : {APPLICATION_STATUS_LABELS[row.status].toLowerCase()}.{' '}
              <Link href="/eleve">Suivre mes candidatures</Link>
            </li>
          ))}
        </ul>
      )}
      {weeks.length === 0 ? (
        <Alert
          severity="info"
          small
          description={
            applied.length > 0
              ? 'Tu as déjà candidaté pour chacune des semaines où tu pouvais le faire.'
              : 'Cette offre n’a plus de place pendant les semaines de stage de ta classe. Cherche une autre offre.'
          }
        />
      ) : (
        <ApplyForm offerId={offer.id} weeks={weeks} cv={cv} />
      )}
    </section>
  );
}
