'use client';

import 'leaflet/dist/leaflet.css';
import { latLngBounds, type CircleMarker as LeafletCircleMarker } from 'leaflet';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { CircleMarker, MapContainer, TileLayer, Tooltip, useMap, ZoomControl } from 'react-leaflet';
import {
  byFigure,
  circleRadius,
  formatFigure,
  MAP_FIGURES,
  MAX_RADIUS_PX,
  type MapArea,
  type MapFigure,
} from '@/lib/steering/map';

/*
 * The Leaflet part of the territory map (area-map.tsx), loaded with next/dynamic and `ssr: false`
 * (Leaflet needs `window`). Circles are SVG CircleMarkers, sized in pixels: they keep their size
 * when zooming, so that the figures stay comparable. No tiles unless the deployment names a
 * server: the map needs none. Leaflet itself opens a circle's tooltip on hover and on focus.
 */

const FRANCE: [number, number] = [46.6, 2.4];
/** Close enough to tell apart the schools of neighbouring communes, never closer. */
const FIT_MAX_ZOOM = 12;

export function AreaMapCanvas({
  areas,
  figure,
  framed,
  label,
  hintId,
  tileUrl,
}: {
  areas: MapArea[];
  figure: MapFigure;
  /** The positions to frame (map.ts: mapFrame). */
  framed: { lat: number; lng: number }[];
  label: string;
  hintId: string;
  tileUrl: string;
}) {
  // The largest first, so that the smaller circles lie on top and stay within reach of the mouse;
  // the Tab order follows, the same as the list's.
  const placed = byFigure(areas, figure).filter((area) => area.position !== null);
  const largest = Math.max(0, ...placed.map((area) => area.values[figure] ?? 0));
  return (
    <MapContainer center={FRANCE} zoom={5} zoomControl={false} attributionControl={false} zoomSnap={0.5}>
      {tileUrl && <TileLayer url={tileUrl} />}
      <ZoomControl zoomInTitle="Zoomer" zoomOutTitle="Dézoomer" />
      <Accessible label={label} hintId={hintId} />
      <Fit framed={framed} />
      {placed.map((area) => (
        // Keyed by figure too: a circle redrawn for another figure takes its new class and label.
        <AreaCircle key={`${figure}-${area.code}`} area={area} figure={figure} largest={largest} />
      ))}
    </MapContainer>
  );
}

function AreaCircle({ area, figure, largest }: { area: MapArea; figure: MapFigure; largest: number }) {
  const router = useRouter();
  const map = useMap();
  const ref = useRef<LeafletCircleMarker>(null);
  const value = area.values[figure];
  const radius = circleRadius(value ?? 0, largest);
  const text = `${area.name}, ${MAP_FIGURES[figure].toLowerCase()} : ${formatFigure(figure, value)}`;
  const { href, position } = area;

  // Runs once react-leaflet has drawn the circle, so that its SVG element exists.
  useEffect(() => {
    const element = ref.current?.getElement();
    if (!element || !position) return;
    element.setAttribute('aria-label', text);
    if (!href) {
      element.setAttribute('role', 'img');
      return;
    }
    // A link, reached with Tab like the list's: Enter opens the area's dashboard.
    element.setAttribute('role', 'link');
    element.setAttribute('tabindex', '0');
    const onKeyDown = (event: Event) => {
      if ((event as KeyboardEvent).key !== 'Enter') return;
      event.preventDefault();
      router.push(href);
    };
    // A circle out of the frame (overseas) comes into view when it takes the focus.
    const onFocus = () => map.panInside(position, { padding: [radius + 8, radius + 8] });
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('focus', onFocus);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focus', onFocus);
    };
  }, [router, map, href, position, text, radius]);

  if (!position) return null;
  return (
    <CircleMarker
      ref={ref}
      center={position}
      radius={radius}
      className={value ? 'area-map__circle' : 'area-map__circle area-map__circle--empty'}
      eventHandlers={href ? { click: () => router.push(href) } : undefined}
    >
      <Tooltip direction="top" offset={[0, -radius]}>
        <strong>{area.name}</strong>
        <br />
        {MAP_FIGURES[figure]} : {formatFigure(figure, value)}
      </Tooltip>
    </CircleMarker>
  );
}

/** The accessible name and keyboard hint on the element Leaflet makes focusable (MapContainer does not pass ARIA attributes). */
function Accessible({ label, hintId }: { label: string; hintId: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    container.setAttribute('aria-describedby', hintId);
  }, [map, label, hintId]);
  return null;
}

/** Frames the areas when they change (a figure chosen does not move the map); France without any. */
function Fit({ framed }: { framed: { lat: number; lng: number }[] }) {
  const map = useMap();
  const key = JSON.stringify(framed.map(({ lat, lng }) => [lat, lng]));
  useEffect(() => {
    const points: [number, number][] = JSON.parse(key);
    if (points.length === 0) map.setView(FRANCE, 5, { animate: false });
    // Padded by the largest circle, so that none is cut at the edge.
    else
      map.fitBounds(latLngBounds(points), {
        padding: [MAX_RADIUS_PX + 4, MAX_RADIUS_PX + 4],
        maxZoom: FIT_MAX_ZOOM,
        animate: false,
      });
  }, [map, key]);
  return null;
}
