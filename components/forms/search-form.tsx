import { useId } from 'react';
import { fr } from '@codegouvfr/react-dsfr';

/**
 * A DSFR search bar in a plain GET form (works without JavaScript, bookmarkable), with a submit
 * button that always shows. react-dsfr's SearchBar, left uncontrolled, hides its button as soon
 * as the field has a value or the focus: a user who typed a name then found nothing to press.
 */
export function SearchForm({
  action,
  label,
  query,
  big = false,
  minLength = 2,
  required = true,
  className = fr.cx('fr-mb-4w'),
}: {
  action: string;
  /** Visually hidden (DSFR search bar) but announced; also shown as the placeholder. */
  label: string;
  query: string;
  big?: boolean;
  minLength?: number;
  required?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <form method="get" action={action} role="search" className={className}>
      <div className={fr.cx('fr-search-bar', big && 'fr-search-bar--lg')}>
        <label className={fr.cx('fr-label')} htmlFor={id}>
          {label}
        </label>
        <input
          className={fr.cx('fr-input')}
          id={id}
          type="search"
          name="q"
          placeholder={label}
          defaultValue={query}
          minLength={minLength}
          required={required}
          autoComplete="off"
        />
        <button type="submit" className={fr.cx('fr-btn')} title="Rechercher">
          Rechercher
        </button>
      </div>
    </form>
  );
}
