'use client';

import 'leaflet/dist/leaflet.css';
import { latLngBounds, type LatLngExpression } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Circle, CircleMarker, MapContainer, TileLayer, Tooltip, useMap, ZoomControl } from 'react-leaflet';
import { boundingBox } from '@/lib/geo/distance';
import { prefersReducedMotion } from './motion';
import { OfferMarkers } from './offer-markers';

/*
 * The Leaflet part of the search map, loaded with next/dynamic and `ssr: false` (Leaflet needs
 * `window`). Its container is hidden from assistive technologies by search-map.tsx and nothing in
 * it takes the keyboard focus: no keyboard handler on the container, non-focusable markers, zoom
 * buttons kept for the mouse but out of the Tab order.
 */

export interface MapCentre {
  lat: number;
  lng: number;
  label: string;
}

export interface MapOffer {
  id: string;
  lat: number;
  lng: number;
  title: string;
}

const FRANCE: LatLngExpression = [46.6, 2.4];
/** Deep enough to tell streets apart; tiles rarely go further. */
const MAX_ZOOM = 18;
/** Fitting a single offer or a tiny area never zooms in closer than a town. */
const FIT_MAX_ZOOM = 14;

export function OffersMap({
  centre,
  radiusKm,
  offers,
  tileUrl,
  highlighted,
  onHighlight,
  onChoose,
}: {
  centre: MapCentre | null;
  radiusKm: number | null;
  offers: MapOffer[];
  tileUrl: string;
  highlighted: readonly string[];
  onHighlight: (ids: readonly string[]) => void;
  onChoose: (id: string) => void;
}) {
  const animate = useMemo(() => !prefersReducedMotion(), []);
  return (
    <MapContainer
      center={FRANCE}
      zoom={5}
      maxZoom={MAX_ZOOM}
      keyboard={false}
      zoomControl={false}
      attributionControl={false}
      zoomAnimation={animate}
      fadeAnimation={animate}
      markerZoomAnimation={animate}
    >
      {tileUrl && <TileLayer url={tileUrl} maxZoom={MAX_ZOOM} />}
      <ZoomControl zoomInTitle="Zoomer" zoomOutTitle="Dézoomer" />
      <OutOfTabOrder />
      {centre && radiusKm !== null && (
        <Circle center={centre} radius={radiusKm * 1000} className="search-map__circle" interactive={false} />
      )}
      {centre && (
        <CircleMarker center={centre} radius={9} className="search-map__centre" interactive={false}>
          {/* Below: the offers' own labels open above their markers. */}
          <Tooltip permanent direction="bottom" offset={[0, 10]}>
            {centre.label}
          </Tooltip>
        </CircleMarker>
      )}
      <OfferMarkers
        offers={offers}
        highlighted={highlighted}
        onHighlight={onHighlight}
        onChoose={onChoose}
        animate={animate}
      />
      {/* After the markers, whose zoom listener must be in place when the first fit fires. */}
      <FitSearch centre={centre} radiusKm={radiusKm} offers={offers} />
    </MapContainer>
  );
}

/** The zoom buttons are links: keep them for the mouse, out of the Tab order of a hidden map. */
function OutOfTabOrder() {
  const map = useMap();
  useEffect(() => {
    map
      .getContainer()
      .querySelectorAll('a[href], button, [tabindex]')
      .forEach((element) => element.setAttribute('tabindex', '-1'));
  }, [map]);
  return null;
}

/**
 * Frames the page's offers and the centre, so that the nearest offers stand apart instead of
 * collapsing into one cluster on the school; the circle alone is framed only when no offer is shown.
 */
function FitSearch({
  centre,
  radiusKm,
  offers,
}: {
  centre: MapCentre | null;
  radiusKm: number | null;
  offers: MapOffer[];
}) {
  const map = useMap();
  const points = offers.map(({ lat, lng }): [number, number] => [lat, lng]);
  if (centre) {
    points.push([centre.lat, centre.lng]);
    if (radiusKm !== null && offers.length === 0) {
      const box = boundingBox(centre, radiusKm);
      points.push([box.minLat, box.minLng], [box.maxLat, box.maxLng]);
    }
  }
  // A new search (other offers, centre or radius) fits again; a re-render for a highlight does not.
  const key = JSON.stringify(points);
  useEffect(() => {
    const fitted: [number, number][] = JSON.parse(key);
    if (fitted.length === 0) map.setView(FRANCE, 5, { animate: false });
    else map.fitBounds(latLngBounds(fitted), { padding: [16, 16], maxZoom: FIT_MAX_ZOOM, animate: false });
  }, [map, key]);
  return null;
}
