import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { formatWeek } from '@/lib/calendar/format';
import type { OfferPage } from '@/lib/offers/search-queries';

const km = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A page of offers as a plain list, with links to the other pages (`?page=`). */
export function OfferList({ result, emptyText }: { result: OfferPage; emptyText: string }) {
  const { items, total, page, pageCount } = result;
  return (
    <section aria-labelledby="offres-titre">
      <h2 id="offres-titre" className={fr.cx('fr-h4')}>
        {total === 0 ? 'Aucune offre pour le moment' : `${total} offre${total > 1 ? 's' : ''} de stage`}
        {pageCount > 1 && ` – page ${page} sur ${pageCount}`}
      </h2>
      {items.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className={fr.cx('fr-raw-list')}>
          {items.map((offer) => (
            <li
              key={offer.id}
              className={fr.cx('fr-py-3w')}
              style={{ borderBottom: '1px solid var(--border-default-grey)' }}
            >
              <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>
                <Link href={`/offres/${offer.id}`}>{offer.title}</Link>
              </h3>
              <p className={fr.cx('fr-mb-1w')}>
                {offer.organisationName}
                {offer.commune && ` · ${offer.commune}`}
                {offer.distanceKm !== null && ` · à ${km.format(offer.distanceKm)} km de ton collège`}
              </p>
              {offer.sectorName && (
                <Tag small className={fr.cx('fr-mb-1w')}>
                  {offer.sectorName}
                </Tag>
              )}
              <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                {offer.weeks.length === 1 ? 'Date : ' : 'Dates : '}
                {offer.weeks.map((week) => formatWeek(week)).join(' ; ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <Pagination
          className={fr.cx('fr-mt-4w')}
          count={pageCount}
          defaultPage={Math.min(page, pageCount)}
          getPageLinkProps={(n) => ({ href: `/offres?page=${n}` })}
        />
      )}
    </section>
  );
}
