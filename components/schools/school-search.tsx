import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { SearchForm } from '@/components/forms/search-form';
import { type SchoolSearchResult } from '@/lib/schools/queries';
import { SCHOOL_NETWORK_LABELS } from '@/lib/schools/labels';

/**
 * Step one of a sign-up: find the collège by name, commune or UAI. A plain GET form (works without
 * JavaScript, bookmarkable), results as links to `${selectHref}?ecole=<id>`. Schools that cannot be
 * chosen (`isSelectable` false) are shown with the reason instead of a link.
 */
export function SchoolSearch({
  action,
  query,
  results,
  reasonNotSelectable,
  label = 'Nom du collège, commune ou UAI',
  emptyHint = 'Vérifiez l’orthographe, ou cherchez par commune ou par numéro UAI (7 chiffres et une lettre, par exemple 0931232J).',
}: {
  action: string;
  query: string;
  results: SchoolSearchResult[];
  /** Why a school cannot be chosen, or null when it can. */
  reasonNotSelectable: (school: SchoolSearchResult) => string | null;
  label?: string;
  /** What to try when nothing matches (pupils are addressed with "tu"). */
  emptyHint?: string;
}) {
  return (
    <div>
      <SearchForm action={action} label={label} query={query} big />
      {query.trim().length >= 2 && (
        <section aria-labelledby="resultats-titre" aria-live="polite">
          <h2 id="resultats-titre" className={fr.cx('fr-h5')}>
            {results.length === 0
              ? `Aucun collège ne correspond à «\u00a0${query}\u00a0»`
              : `${results.length} collège${results.length > 1 ? 's' : ''} trouvé${results.length > 1 ? 's' : ''}`}
          </h2>
          {results.length === 0 ? (
            <p>{emptyHint}</p>
          ) : (
            <ul className={fr.cx('fr-raw-list')}>
              {results.map((school) => {
                const reason = reasonNotSelectable(school);
                return (
                  <li
                    key={school.id}
                    className={fr.cx('fr-py-2w')}
                    style={{ borderBottom: '1px solid var(--border-default-grey)' }}
                  >
                    <p className={fr.cx('fr-mb-1v')}>
                      {reason ? (
                        <strong>{school.name}</strong>
                      ) : (
                        <Link href={`${action}?ecole=${school.id}`}>{school.name}</Link>
                      )}{' '}
                      <Badge small severity={school.eligible ? 'info' : undefined} noIcon>
                        {SCHOOL_NETWORK_LABELS[school.network]}
                      </Badge>
                    </p>
                    <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                      {school.postcode} {school.commune} · UAI {school.uai}
                    </p>
                    {reason && <p className={fr.cx('fr-text--sm', 'fr-mb-0', 'fr-error-text')}>{reason}</p>}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
