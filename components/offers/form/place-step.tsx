'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { HookTextField } from '@/components/forms/hook-fields';
import type { PinPosition } from '@/components/map/pin-map';
import { AddressCombobox, fetchSuggestions } from './address-combobox';
import type { GeocodedAddress } from '@/lib/geo/geocoder';
import { placeSchema } from '@/lib/offers/schemas';
import { OfferStepForm } from './offer-step-form';

const PinMap = dynamic(() => import('@/components/map/pin-map').then((module) => module.PinMap), {
  ssr: false,
  loading: () => <p className={fr.cx('fr-hint-text')}>Chargement de la carte…</p>,
});

type PlaceValues = z.input<typeof placeSchema>;

const FRANCE: PinPosition = { lat: 46.6, lng: 2.4 };
const ADDRESS_FIELDS: string[] = ['street', 'postcode', 'commune'];

/**
 * Step 3: where the internship takes place. The address field suggests addresses as the host
 * types (/api/adresses); a chosen suggestion brings its coordinates, otherwise the server
 * geocodes on saving. When the address cannot be found, or when the host prefers, a map takes a
 * pin (or typed coordinates) instead; nothing typed is lost.
 */
export function PlaceStep({
  offerId,
  defaultValues,
  tileUrl,
}: {
  offerId: string;
  defaultValues: PlaceValues;
  tileUrl: string;
}) {
  return (
    <OfferStepForm step="lieu" offerId={offerId} schema={placeSchema} defaultValues={defaultValues}>
      <PlaceFields tileUrl={tileUrl} />
    </OfferStepForm>
  );
}

function toPosition(lat: unknown, lng: unknown): PinPosition | null {
  if (lat === '' || lng === '' || lat == null || lng == null) return null;
  const position = { lat: Number(lat), lng: Number(lng) };
  return Math.abs(position.lat) <= 90 && Math.abs(position.lng) <= 180 ? position : null;
}

function PlaceFields({ tileUrl }: { tileUrl: string }) {
  const { register, setValue, clearErrors, getFieldState, subscribe, formState } = useFormContext<PlaceValues>();
  const [lat, lng, postcode, commune] = useWatch<PlaceValues, ['lat', 'lng', 'postcode', 'commune']>({
    name: ['lat', 'lng', 'postcode', 'commune'],
  });
  const [mapShown, setMapShown] = useState(false);
  const [communeCentre, setCommuneCentre] = useState<PinPosition | null>(null);
  /** Where lat/lng come from: the address (a suggestion, or the saved offer) or a pin placed by hand. */
  const source = useRef<'address' | 'pin'>('address');
  const position = toPosition(lat, lng);

  // The server's "address not found" (on street) or a coordinate error: the map is the way out.
  const streetRefused = getFieldState('street', formState).error?.type === 'server';
  const coordinatesRefused = Boolean(getFieldState('lat', formState).error ?? getFieldState('lng', formState).error);
  // Once open, the map stays: placing the pin clears the error that opened it.
  if ((streetRefused || coordinatesRefused) && !mapShown) setMapShown(true);
  const mapOpen = mapShown || streetRefused || coordinatesRefused;

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, type, values }) => {
          if (type !== 'change' || !name) return;
          if (ADDRESS_FIELDS.includes(name)) {
            // The address typed anew: its former coordinates no longer hold, so the server
            // geocodes again. A pin placed by hand is the host's choice: it stays (the server
            // checks it lies in the commune typed).
            if (source.current === 'address') {
              setValue('lat', '', { shouldDirty: true });
              setValue('lng', '', { shouldDirty: true });
            }
          } else if (name === 'lat' || name === 'lng') {
            source.current = 'pin';
            // French keyboards type a decimal comma; the schema reads a point.
            const value = String(values[name] ?? '');
            if (value.includes(',')) setValue(name, value.replace(',', '.'), { shouldDirty: true });
          }
        },
      }),
    [subscribe, setValue],
  );

  // The map opens on the commune typed, when there is no pin yet.
  const hasPosition = position !== null;
  useEffect(() => {
    if (!mapOpen || hasPosition || !/^\d{5}$/.test(postcode.trim()) || commune.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const match = (await fetchSuggestions(`${postcode.trim()} ${commune.trim()}`, controller.signal)).find(
        (found) => found.postcode === postcode.trim(),
      );
      if (match) setCommuneCentre({ lat: match.lat, lng: match.lng });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [mapOpen, hasPosition, postcode, commune]);

  function setCoordinates({ lat, lng }: PinPosition) {
    setValue('lat', String(lat), { shouldDirty: true, shouldValidate: true });
    setValue('lng', String(lng), { shouldDirty: true, shouldValidate: true });
    if (getFieldState('street').error?.type === 'server') clearErrors('street');
  }

  function placePin(pin: PinPosition) {
    source.current = 'pin';
    setCoordinates(pin);
  }

  function choose(suggestion: GeocodedAddress) {
    const validate = { shouldDirty: true, shouldValidate: true };
    // A commune without a street (the offline adapter, or a commune chosen by name): the host
    // types the street next, rather than keep the commune's name in the street field.
    setValue('street', suggestion.street ?? '', { shouldDirty: true, shouldValidate: suggestion.street !== null });
    setValue('postcode', suggestion.postcode, validate);
    setValue('commune', suggestion.commune, validate);
    source.current = 'address';
    setCoordinates(suggestion);
    setCommuneCentre({ lat: suggestion.lat, lng: suggestion.lng });
  }

  const hintId = useId();
  return (
    <>
      <AddressCombobox onChoose={choose} />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <HookTextField
            name="postcode"
            label="Code postal"
            hint="5 chiffres, par exemple 93200."
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            required
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <HookTextField name="commune" label="Commune" autoComplete="address-level2" required />
        </div>
      </div>
      {mapOpen ? (
        <fieldset className={fr.cx('fr-fieldset')} aria-describedby={hintId}>
          <legend className={fr.cx('fr-fieldset__legend')}>Lieu du stage sur la carte</legend>
          <p id={hintId} className={fr.cx('fr-fieldset__element', 'fr-hint-text')}>
            C’est à cet endroit que les élèves verront l’offre sur la carte de recherche.
          </p>
          <div className={fr.cx('fr-fieldset__element')}>
            <PinMap
              position={position}
              center={communeCentre ?? FRANCE}
              zoom={communeCentre ? 13 : 5}
              onChange={placePin}
              tileUrl={tileUrl}
              label="Carte du lieu du stage : cliquez pour placer le repère"
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
              <div className={fr.cx('fr-col-12', 'fr-col-sm-6')}>
                <HookTextField name="lat" label="Latitude" hint="Par exemple 48.9362" inputMode="decimal" />
              </div>
              <div className={fr.cx('fr-col-12', 'fr-col-sm-6')}>
                <HookTextField name="lng" label="Longitude" hint="Par exemple 2.3574" inputMode="decimal" />
              </div>
            </div>
          </div>
        </fieldset>
      ) : (
        <>
          <input type="hidden" {...register('lat')} />
          <input type="hidden" {...register('lng')} />
          <Button type="button" priority="tertiary" iconId="fr-icon-map-pin-2-line" onClick={() => setMapShown(true)}>
            Placer le lieu sur la carte
          </Button>
        </>
      )}
    </>
  );
}
