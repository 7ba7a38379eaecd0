import type { ReactNode } from 'react';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';

/**
 * The filters of a list sorted and paged by the server (DataTable), in a plain GET form: works
 * before hydration, gives a shareable URL, and keeps the current sort (`sort` and `dir`, left out
 * when they are the list's default). `children` are the fields, each in its grid column; the last
 * column holds « Filtrer » and, when the list is filtered, a link that clears the filters.
 */
export function ListFilterForm({
  action,
  label,
  sort,
  dir,
  clearHref,
  children,
}: {
  action: string;
  /** The search landmark's name: « Filtrer vos offres ». */
  label: string;
  sort?: string;
  dir?: string;
  /** The list without its filters; null when it is not filtered. */
  clearHref?: string | null;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom', 'fr-mb-2w')}
    >
      {sort && <input type="hidden" name="sort" value={sort} />}
      {dir && <input type="hidden" name="dir" value={dir} />}
      {children}
      <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
        <Button type="submit" priority="secondary" className={fr.cx('fr-mb-3w')}>
          Filtrer
        </Button>
        {clearHref && (
          <p className={fr.cx('fr-mb-3w')}>
            <Link href={clearHref} className={fr.cx('fr-link', 'fr-link--sm')}>
              Effacer les filtres
            </Link>
          </p>
        )}
      </div>
    </form>
  );
}

/** One choice among a list's filters, in its grid column; `all` is the label of the unfiltered choice (''). */
export function FilterSelect({
  label,
  name,
  value,
  all,
  options,
  width = 'fr-col-md-4',
}: {
  label: string;
  name: string;
  value: string;
  all?: string;
  options: { value: string; label: string }[];
  width?: 'fr-col-md-4' | 'fr-col-md-5';
}) {
  return (
    <div className={fr.cx('fr-col-12', width)}>
      <Select label={label} nativeSelectProps={{ name, defaultValue: value }}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
