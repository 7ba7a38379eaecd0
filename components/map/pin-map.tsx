'use client';

import 'leaflet/dist/leaflet.css';
import { useEffect, useId, useState } from 'react';
import { CircleMarker, MapContainer, TileLayer, useMapEvents, ZoomControl } from 'react-leaflet';
import { fr } from '@codegouvfr/react-dsfr';

/*
 * A map where one click places (or moves) a single pin. Client-only (Leaflet needs `window`): load
 * it with next/dynamic and `ssr: false`. The pin is a CircleMarker (SVG), not Leaflet's default
 * icon, whose image URLs break once bundled. Without a tile URL (tests, offline machines) the map
 * is a blank canvas that still takes clicks. Keyboard users pan with the arrows and press Enter to
 * drop the pin at the centre, or type the coordinates in the fields the form puts next to the map.
 */

export interface PinPosition {
  lat: number;
  lng: number;
}

const DEFAULT_ATTRIBUTION =
  '&copy; les contributeurs d’<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** About 10 cm: more digits would be noise in the latitude and longitude fields. */
function rounded({ lat, lng }: PinPosition): PinPosition {
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

export function PinMap({
  position,
  center,
  zoom,
  onChange,
  tileUrl,
  attribution = DEFAULT_ATTRIBUTION,
  label,
}: {
  /** The pin, or null before one is placed. */
  position: PinPosition | null;
  /** Where to look while there is no pin (the commune, or all of France). */
  center: PinPosition;
  zoom: number;
  onChange: (position: PinPosition) => void;
  /** '' for no background tiles at all. */
  tileUrl: string;
  attribution?: string;
  /** The map's accessible name. */
  label: string;
}) {
  const hintId = useId();
  const [keyboard, setKeyboard] = useState(false);
  return (
    <div>
      <p id={hintId} className={fr.cx('fr-hint-text', 'fr-mb-1w')}>
        Cliquez sur la carte pour placer le lieu du stage. Au clavier, déplacez la carte avec les flèches et appuyez sur
        Entrée pour placer le repère au centre, ou saisissez la latitude et la longitude dans les champs prévus.
      </p>
      <div style={{ position: 'relative' }}>
        <MapContainer
          center={position ?? center}
          zoom={position ? 16 : zoom}
          zoomControl={false}
          style={{ height: '20rem', width: '100%', background: 'var(--background-alt-grey)' }}
        >
          {tileUrl && <TileLayer url={tileUrl} attribution={attribution} />}
          <ZoomControl zoomInTitle="Zoomer" zoomOutTitle="Dézoomer" />
          <MapBehaviour
            label={label}
            hintId={hintId}
            position={position}
            center={center}
            zoom={zoom}
            onChange={onChange}
            onKeyboardFocus={setKeyboard}
          />
          {position && (
            <CircleMarker
              center={position}
              radius={9}
              pathOptions={{ color: '#000091', weight: 3, fillColor: '#6a6af4', fillOpacity: 0.9 }}
            />
          )}
        </MapContainer>
        {keyboard && <Crosshair />}
      </div>
    </div>
  );
}

/** Accessible name, clicks, keyboard, and following the position and centre given from outside. */
function MapBehaviour({
  label,
  hintId,
  position,
  center,
  zoom,
  onChange,
  onKeyboardFocus,
}: {
  label: string;
  hintId: string;
  position: PinPosition | null;
  center: PinPosition;
  zoom: number;
  onChange: (position: PinPosition) => void;
  onKeyboardFocus: (focused: boolean) => void;
}) {
  const map = useMapEvents({ click: (event) => onChange(rounded(event.latlng.wrap())) });

  useEffect(() => {
    // MapContainer does not pass ARIA attributes to the element Leaflet makes focusable.
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    container.setAttribute('aria-describedby', hintId);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== container || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      onChange(rounded(map.getCenter().wrap()));
    };
    // Leaflet focuses the map on a click too: the crosshair is for keyboard focus only.
    const onFocus = (event: FocusEvent) =>
      onKeyboardFocus(event.target === container && container.matches(':focus-visible'));
    const onBlur = () => onKeyboardFocus(false);
    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('focus', onFocus);
    container.addEventListener('blur', onBlur);
    return () => {
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focus', onFocus);
      container.removeEventListener('blur', onBlur);
    };
  }, [map, label, hintId, onChange, onKeyboardFocus]);

  const hasPosition = position !== null;
  // A new commune chosen while there is no pin yet: look there.
  useEffect(() => {
    if (!hasPosition) map.setView([center.lat, center.lng], zoom);
  }, [map, hasPosition, center.lat, center.lng, zoom]);

  // Coordinates typed in the fields: bring the pin into view, without moving the map under a click.
  const pinLat = position?.lat;
  const pinLng = position?.lng;
  useEffect(() => {
    if (pinLat !== undefined && pinLng !== undefined && !map.getBounds().contains([pinLat, pinLng]))
      map.panTo([pinLat, pinLng]);
  }, [map, pinLat, pinLng]);

  return null;
}

/** Marks the centre of the map, where Enter drops the pin. */
function Crosshair() {
  const line = { position: 'absolute', background: '#000091' } as const;
  return (
    <div
      aria-hidden="true"
      style={{
        position: 'absolute',
        top: '50%',
        left: '50%',
        width: 24,
        height: 24,
        marginTop: -12,
        marginLeft: -12,
        zIndex: 1000,
        pointerEvents: 'none',
      }}
    >
      <span style={{ ...line, top: 11, left: 0, width: 24, height: 2 }} />
      <span style={{ ...line, top: 0, left: 11, width: 2, height: 24 }} />
    </div>
  );
}
