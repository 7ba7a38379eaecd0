'use client';

import { useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useCombobox } from '@/components/forms/combobox';
import { ComboboxList } from '@/components/forms/combobox-list';
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
  const [chosen, setChosen] = useState<GeocodedAddress | null>(null);
  const combobox = useCombobox({
    fetchSuggestions,
    minLength: 3,
    onChoose: (suggestion: GeocodedAddress) => {
      setChosen(suggestion);
      onChoose(suggestion);
    },
  });

  const { suggestions, open, search, close } = combobox;
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
            close();
          },
          ...combobox.fieldProps(listId),
          'aria-invalid': error ? true : undefined,
          required: true,
        }}
      />
      <ComboboxList
        id={listId}
        label="Adresses proposées"
        suggestions={suggestions}
        open={open}
        active={combobox.active}
        choose={combobox.choose}
        keyOf={(suggestion) => `${suggestion.label}-${suggestion.communeCode}`}
        announcement={announcement}
      >
        {(suggestion) => (
          <>
            {suggestion.label}
            {suggestion.precision === 'commune' && (
              <span className={fr.cx('fr-hint-text')}>Position : le centre de la commune</span>
            )}
          </>
        )}
      </ComboboxList>
    </div>
  );
}
