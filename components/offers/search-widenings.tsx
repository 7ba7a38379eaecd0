import Link from 'next/link';
import type { Widening } from '@/lib/offers/search-widenings';
import { searchHref } from '@/lib/offers/search-schemas';
import { plural } from '@/lib/text/words';

/** An empty search: says so, and offers the nearest searches that find something, one click each. */
export function SearchWidenings({ widenings, place }: { widenings: Widening[]; place?: string }) {
  if (widenings.length === 0)
    return (
      <p>
        Aucune offre ne correspond pour le moment. Essaie d’autres mots ou un autre secteur, ou reviens bientôt : de
        nouvelles offres arrivent toute l’année.
      </p>
    );
  return (
    <>
      <p>Aucune offre ne correspond à tous ces critères. En élargissant la recherche :</p>
      <ul>
        {widenings.map((widening) => (
          <li key={widening.label}>
            <Link href={searchHref({ filters: widening.filters, place })}>
              {widening.label} : {plural(widening.count, 'offre')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
