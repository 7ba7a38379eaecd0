'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useCombobox } from '@/components/forms/combobox';
import { ComboboxList } from '@/components/forms/combobox-list';
import { fetchPlaces, placesAnnouncement } from './place-suggestions';

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * The commune or postcode a visitor searches around. A plain text field first: without JavaScript
 * the form submits what was typed and the server reads it with resolvePlace (lib/geo/places.ts).
 * Once hydrated it suggests communes (WAI-ARIA 1.2 combobox: arrows, Enter, Escape, the number of
 * suggestions announced); choosing one writes its label, "Saint-Denis (93200)", which the server
 * resolves to exactly that commune.
 */
export function PlaceField({
  name,
  defaultValue = '',
  label = 'Commune ou code postal',
  hint = 'Par exemple Saint-Denis ou 93200. Des communes sont proposées dès 2 caractères.',
  errorMessage,
}: {
  name: string;
  defaultValue?: string;
  label?: string;
  hint?: string;
  errorMessage?: string;
}) {
  const listId = `${useId()}-communes`;
  const [value, setValue] = useState(defaultValue);
  const [chosen, setChosen] = useState<string | null>(null);
  // The combobox roles only once its script runs: before that, it is the plain field it behaves as.
  const enhanced = useSyncExternalStore(noSubscription, onClient, onServer);
  const combobox = useCombobox({
    fetchSuggestions: fetchPlaces,
    minLength: 2,
    onChoose: (place) => {
      setValue(place.label);
      setChosen(place.label);
    },
  });

  return (
    <div>
      <Input
        label={label}
        hintText={hint}
        state={errorMessage ? 'error' : 'default'}
        stateRelatedMessage={errorMessage}
        nativeInputProps={{
          name,
          value,
          onChange: (event) => {
            setValue(event.target.value);
            setChosen(null);
            combobox.search(event.target.value);
          },
          onBlur: combobox.close,
          ...(enhanced ? combobox.fieldProps(listId) : { autoComplete: 'address-level2' }),
          'aria-invalid': errorMessage ? true : undefined,
          maxLength: 100,
          spellCheck: false,
        }}
      />
      {enhanced && (
        <ComboboxList
          id={listId}
          label="Communes proposées"
          suggestions={combobox.suggestions}
          open={combobox.open}
          active={combobox.active}
          choose={combobox.choose}
          keyOf={(place) => place.label}
          announcement={placesAnnouncement({
            open: combobox.open,
            count: combobox.suggestions.length,
            answered: combobox.answered,
            chosen,
          })}
        >
          {(place) => place.label}
        </ComboboxList>
      )}
    </div>
  );
}
