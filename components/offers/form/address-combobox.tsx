'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { GeocodedAddress } from '@/lib/geo/geocoder';
import type { placeSchema } from '@/lib/offers/schemas';

type PlaceValues = z.input<typeof placeSchema>;

/** Address suggestions from /api/adresses (the configured geocoder). */
export async function fetchSuggestions(q: string, signal: AbortSignal): Promise<GeocodedAddress[]> {
  try {
    const response = await fetch(`/api/adresses?q=${encodeURIComponent(q)}`, { signal });
    return response.ok ? ((await response.json()) as { suggestions: GeocodedAddress[] }).suggestions : [];
  } catch {
    return []; // Aborted by a newer keystroke, or offline: the fields work without suggestions.
  }
}

/**
 * The street field, with suggestions as a combobox (WAI-ARIA 1.2 pattern): the arrows move in the
 * list, Enter chooses, Escape closes; suggestions come 250 ms after the last keystroke.
 */
export function AddressCombobox({ onChoose }: { onChoose: (suggestion: GeocodedAddress) => void }) {
  const { register, getFieldState, formState } = useFormContext<PlaceValues>();
  const field = register('street');
  const error = getFieldState('street', formState).error?.message;
  const id = useId();
  const listId = `${id}-suggestions`;
  const [suggestions, setSuggestions] = useState<GeocodedAddress[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<GeocodedAddress | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  function search(text: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    const q = text.trim();
    if (q.length < 3) return setOpen(false);
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      const found = await fetchSuggestions(q, controller.signal);
      if (controller.signal.aborted) return;
      setSuggestions(found);
      setActive(-1);
      setOpen(found.length > 0);
    }, 250);
  }

  function choose(suggestion: GeocodedAddress) {
    setOpen(false);
    setChosen(suggestion);
    onChoose(suggestion);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (open ? (index + 1) % count : 0));
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? count - 1 : index - 1));
    } else if (event.key === 'Enter' && open && suggestions[active]) {
      event.preventDefault(); // Choose, do not submit the form.
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const announcement = open
    ? `${suggestions.length} ${suggestions.length > 1 ? 'adresses proposées' : 'adresse proposée'} : flèches haut et bas pour les parcourir, Entrée pour choisir.`
    : chosen
      ? `Choisi : ${chosen.label}.${chosen.street === null ? ' Indiquez maintenant le numéro et la voie.' : ''}`
      : '';

  return (
    <div>
      <Input
        label="Adresse du lieu de stage"
        hintText="Numéro et voie, par exemple 2 place du Caquet. Dès 3 caractères, des adresses sont proposées ; vous pouvez aussi remplir le code postal et la commune vous-même."
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeInputProps={{
          ...field,
          onChange: (event) => {
            void field.onChange(event);
            setChosen(null);
            search(event.target.value);
          },
          onBlur: (event) => {
            void field.onBlur(event);
            setOpen(false);
          },
          onKeyDown,
          role: 'combobox',
          'aria-autocomplete': 'list',
          'aria-expanded': open,
          'aria-controls': listId,
          'aria-activedescendant': open && active >= 0 ? `${listId}-${active}` : undefined,
          'aria-invalid': error ? true : undefined,
          autoComplete: 'off',
          required: true,
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Adresses proposées"
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
            key={`${suggestion.label}-${suggestion.communeCode}`}
            id={`${listId}-${index}`}
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
            {suggestion.label}
            {suggestion.precision === 'commune' && (
              <span className={fr.cx('fr-hint-text')}>Position : le centre de la commune</span>
            )}
          </li>
        ))}
      </ul>
      <p className={fr.cx('fr-sr-only')} aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
