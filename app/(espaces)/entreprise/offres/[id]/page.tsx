import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { ActionForm } from '@/components/forms/action-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { PageContainer } from '@/components/layout/page-container';
import { ReservationRequests } from '@/components/offers/reservation-forms';
import { requireRole } from '@/lib/auth/session';
import { currentOrUpcomingSchoolYear, schoolYearLabel } from '@/lib/calendar/school-year';
import { formatWeek } from '@/lib/calendar/format';
import { todayInParis } from '@/lib/calendar/weeks';
import { changeOfferStatusAction, copyOfferAction } from '@/lib/offers/actions';
import { getManagedOffer } from '@/lib/offers/queries';
import { OFFER_STATUS_LABELS, OFFER_STATUS_SEVERITY } from '@/lib/offers/labels';
import { listReservationRequests } from '@/lib/offers/reservation-queries';
import { isCollective } from '@/lib/offers/rules';
import { OFFER_STEP_LABELS, OFFER_STEPS } from '@/lib/offers/schemas';
import { plural } from '@/lib/text/words';
import { canCopy, canRenew, canTransition, isEditable, publicationGapsMessage } from '@/lib/offers/lifecycle-rules';
import { ModerationNotice } from '@/components/offers/moderation-notice';

export const metadata: Metadata = { title: 'Mon offre de stage' };

/** An offer in the host's space: where it stands, what is missing, and what can be done with it. */
const DONE = {
  publish: 'L’offre est publiée : les élèves des collèges proches la voient dans leurs résultats.',
  unpublish: 'L’offre est dépubliée : les élèves ne la voient plus. Les candidatures reçues restent à traiter.',
  archive: 'L’offre est archivée.',
};

export default async function ManagedOfferPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fait?: string }>;
}) {
  const user = await requireRole('host', 'operator');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const today = todayInParis();
  const offer = await getManagedOffer(user, id, today);
  if (!offer) notFound();
  const requests = await listReservationRequests(user, offer.id);
  const hidden = { offerId: offer.id };
  const state = { status: offer.status, moderated: offer.moderatedAt !== null };

  return (
    <PageContainer
      title={offer.title}
      breadcrumb={offer.title}
      parents={[{ label: 'Mes offres', href: '/entreprise/offres' }]}
    >
      <DoneNotice searchParams={query} messages={DONE} />
      <p>
        <Badge severity={OFFER_STATUS_SEVERITY[offer.status]}>{OFFER_STATUS_LABELS[offer.status]}</Badge>{' '}
        {offer.isReserved && <Badge severity="info">Réservée</Badge>} {offer.organisationName} · campagne{' '}
        {schoolYearLabel(offer.schoolYear)}
      </p>
      {offer.moderatedAt && <ModerationNotice at={offer.moderatedAt} reason={offer.moderationReason} />}
      {offer.outOfSearch && (
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="warning"
          as="h2"
          small={false}
          title="Les élèves ne voient plus cette offre"
          description={offer.outOfSearch}
        />
      )}

      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <section className={fr.cx('fr-col-12', 'fr-col-md-7')} aria-labelledby="etapes">
          <h2 id="etapes">Le contenu de l’offre</h2>
          <ul className={fr.cx('fr-raw-list')}>
            {OFFER_STEPS.map((step) => {
              const missing = offer.gaps.includes(step);
              return (
                <li
                  key={step}
                  className={fr.cx('fr-py-1w')}
                  style={{ borderBottom: '1px solid var(--border-default-grey)' }}
                >
                  {missing ? (
                    <Badge severity="warning" small>
                      À compléter
                    </Badge>
                  ) : (
                    <Badge severity="success" small>
                      Complet
                    </Badge>
                  )}{' '}
                  {OFFER_STEP_LABELS[step]}{' '}
                  {isEditable(offer.status) && (
                    <Link href={`/entreprise/offres/${offer.id}/${step}`} className={fr.cx('fr-link', 'fr-ml-1w')}>
                      Modifier<span className={fr.cx('fr-sr-only')}> : {OFFER_STEP_LABELS[step]}</span>
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
          <h3 className={fr.cx('fr-h6', 'fr-mt-4w')}>Semaines et places</h3>
          <p>
            {isCollective(offer)
              ? `Stage collectif : ${offer.seatsPerWeek} élèves par semaine`
              : 'Stage individuel : un élève par semaine'}
            , {offer.seatsPerYear} sur l’année · <strong>{plural(offer.seatsHeld, 'place prise')}</strong>
          </p>
          {offer.futureWeeks.length ? (
            <ul>
              {offer.futureWeeks.map((week) => (
                <li key={week}>
                  {formatWeek(week)} : {plural(offer.heldByWeek[week] ?? 0, 'place prise')} sur {offer.seatsPerWeek}
                  {(offer.heldByWeek[week] ?? 0) >= offer.seatsPerWeek && ' (complet)'}
                </li>
              ))}
            </ul>
          ) : (
            <p>Aucune semaine à venir.</p>
          )}
          {offer.reservedSchools.length > 0 && (
            <>
              <h3 className={fr.cx('fr-h6')}>Réservée aux collèges</h3>
              <ul>
                {offer.reservedSchools.map((school) => (
                  <li key={school.id}>
                    {school.name} ({school.commune})
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section className={fr.cx('fr-col-12', 'fr-col-md-5')} aria-labelledby="actions">
          <h2 id="actions">Actions</h2>
          <p>
            <Link href={`/offres/${offer.id}`} className={fr.cx('fr-link', 'fr-icon-eye-line', 'fr-link--icon-left')}>
              Voir l’offre comme un élève
            </Link>
          </p>
          {canTransition(state, 'publish') &&
            (offer.gaps.length ? (
              <p>{publicationGapsMessage(offer.gaps)}</p>
            ) : (
              <ActionForm
                action={changeOfferStatusAction}
                hidden={{ ...hidden, transition: 'publish' }}
                submitLabel="Publier l’offre"
              />
            ))}
          {canTransition(state, 'unpublish') && (
            <ActionForm
              action={changeOfferStatusAction}
              hidden={{ ...hidden, transition: 'unpublish' }}
              submitLabel="Dépublier l’offre"
              priority="secondary"
            >
              <p className={fr.cx('fr-text--sm')}>Les élèves ne la verront plus ; vous pourrez la republier.</p>
            </ActionForm>
          )}
          {canCopy(state) && (
            <div className={fr.cx('fr-mt-3w')}>
              <ActionForm
                action={copyOfferAction}
                hidden={{ ...hidden, mode: 'duplicate' }}
                submitLabel="Dupliquer l’offre"
                priority="secondary"
              >
                <p className={fr.cx('fr-text--sm')}>
                  Une copie en brouillon, avec ses semaines à venir : pratique pour un autre service ou un autre lieu.
                </p>
              </ActionForm>
            </div>
          )}
          {canCopy(state) && canRenew(offer, today) && (
            <div className={fr.cx('fr-mt-3w')}>
              <ActionForm
                action={copyOfferAction}
                hidden={{ ...hidden, mode: 'renew' }}
                submitLabel={`Renouveler pour ${schoolYearLabel(currentOrUpcomingSchoolYear(today))}`}
                priority="secondary"
              />
            </div>
          )}
          {canTransition(state, 'archive') && (
            <div className={fr.cx('fr-mt-3w')}>
              <ActionForm
                action={changeOfferStatusAction}
                hidden={{ ...hidden, transition: 'archive' }}
                submitLabel="Archiver l’offre"
                priority="tertiary"
                confirmLabel="Je confirme l’archivage : l’offre ne pourra plus être modifiée et les candidatures en attente seront annulées."
              />
            </div>
          )}
        </section>
      </div>

      <div className={fr.cx('fr-mt-6w')}>
        <ReservationRequests offerId={offer.id} requests={requests} />
      </div>
    </PageContainer>
  );
}
