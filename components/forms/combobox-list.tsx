'use client';

import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';

/**
 * The list of a field with suggestions (useCombobox), under the field, and the live region that
 * says what happened (how many suggestions, what was chosen): screen readers do not follow
 * aria-activedescendant changes alone.
 */
export function ComboboxList<T>({
  id,
  label,
  suggestions,
  open,
  active,
  choose,
  keyOf,
  announcement,
  children,
}: {
  id: string;
  /** The list's accessible name: "Adresses proposées". */
  label: string;
  suggestions: T[];
  open: boolean;
  active: number;
  choose: (suggestion: T) => void;
  keyOf: (suggestion: T) => string;
  announcement: string;
  /** One suggestion's content. */
  children: (suggestion: T) => ReactNode;
}) {
  return (
    <>
      <ul
        id={id}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className={fr.cx('fr-raw-list', 'fr-mb-3w')}
        style={{
          marginTop: '-1rem',
          border: '1px solid var(--border-default-grey)',
          background: 'var(--background-default-grey)',
        }}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={keyOf(suggestion)}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            className={fr.cx('fr-px-2w', 'fr-py-1w')}
            style={{
              cursor: 'pointer',
              background: index === active ? 'var(--background-action-low-blue-france)' : undefined,
            }}
            // Keep the focus in the field, so that choosing with the mouse does not blur and close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
          >
            {children(suggestion)}
          </li>
        ))}
      </ul>
      <p className={fr.cx('fr-sr-only')} aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
