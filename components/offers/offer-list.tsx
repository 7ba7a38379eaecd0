import type { ReactNode } from 'react';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { formatWeek } from '@/lib/calendar/format';
import type { SearchResult } from '@/lib/offers/search-queries';
import { plural } from '@/lib/text/words';

const km = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** The list's id: the map finds its items (`#offre-<id>`) through it. */
export const RESULTS_ID = 'resultats';

/**
 * A page of search results as a plain list, complete on its own (the map beside it only repeats
 * it), with its count always shown and links to the other pages.
 */
export function OfferList({
  result,
  pageHref,
  distanceFrom,
  empty,
}: {
  result: SearchResult;
  pageHref: (page: number) => string;
  /** « de ton collège », « de Saint-Denis (93200) ». */
  distanceFrom: string;
  /** What to say and propose when nothing is found. */
  empty: ReactNode;
}) {
  const { items, total, page, pageCount } = result;
  return (
    <section aria-labelledby="offres-titre">
      <h2 id="offres-titre" className={fr.cx('fr-h4')} aria-live="polite">
        {total === 0 ? 'Aucune offre ne correspond à cette recherche' : `${plural(total, 'offre')} de stage`}
        {pageCount > 1 && ` – page ${Math.min(page, pageCount)} sur ${pageCount}`}
      </h2>
      {items.length === 0 ? (
        empty
      ) : (
        <ol id={RESULTS_ID} className={fr.cx('fr-raw-list')}>
          {items.map((offer) => (
            <li
              key={offer.id}
              id={`offre-${offer.id}`}
              data-offer-id={offer.id}
              className={fr.cx('fr-py-3w', 'fr-px-1w')}
              style={{ borderBottom: '1px solid var(--border-default-grey)' }}
            >
              <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>
                <Link href={`/offres/${offer.id}`}>{offer.title}</Link>
              </h3>
              <p className={fr.cx('fr-mb-1w')}>
                {offer.organisationName}
                {offer.commune && ` · ${offer.commune}`}
                {offer.distanceKm !== null && ` · à ${km.format(offer.distanceKm)} km ${distanceFrom}`}
              </p>
              <ul className={fr.cx('fr-tags-group', 'fr-mb-1w')}>
                {offer.sectorName && (
                  <li>
                    <Tag small>{offer.sectorName}</Tag>
                  </li>
                )}
                <li>
                  <Tag small>{offer.isPublic ? 'Public' : 'Privé'}</Tag>
                </li>
                <li>
                  <Tag small>{offer.seatsPerWeek > 1 ? `Collectif (${offer.seatsPerWeek} élèves)` : 'Individuel'}</Tag>
                </li>
              </ul>
              <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                {offer.weeks.length === 1 ? 'Semaine avec une place : ' : 'Semaines avec une place : '}
                {offer.weeks.map((week) => formatWeek(week)).join(' ; ')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 && (
        <Pagination
          className={fr.cx('fr-mt-4w')}
          count={pageCount}
          defaultPage={Math.min(page, pageCount)}
          getPageLinkProps={(n) => ({ href: pageHref(n) })}
        />
      )}
    </section>
  );
}
