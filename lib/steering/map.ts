import type { AreaRow } from './rules';

/*
 * The territory map of a dashboard (issue 14): each child of the view (regions, departments,
 * schools) a circle whose area is proportional to the figure the user chooses, and the same
 * figures as a list. Client-safe and pure: the page builds the areas (map-areas.ts), the map and
 * the list (components/steering/area-map*.tsx) draw them with these rules.
 */

/** Where a child of the view goes on the map (map-queries.ts). */
export interface AreaPosition {
  /** The row's code: INSEE code of a region or department, id of a school. */
  code: string;
  lat: number;
  lng: number;
}

/** The figures of an area row the map can show, as the select names them. */
export const MAP_FIGURES = {
  pupils: 'Élèves inscrits',
  authorised: 'Élèves autorisés',
  withApplication: 'Élèves avec une candidature',
  placed: 'Élèves placés',
  completed: 'Stages réalisés',
  seatsOffered: 'Places offertes',
  seatsFilled: 'Places pourvues',
  fillRate: 'Taux de remplissage',
} as const;

export type MapFigure = keyof typeof MAP_FIGURES;

const SEAT_FIGURES: readonly MapFigure[] = ['seatsOffered', 'seatsFilled', 'fillRate'];

/** One child of the view, ready to draw: plain data, passed from the server page to the client map. */
export interface MapArea {
  code: string;
  /** As the dashboard's table names it: « Seine-Saint-Denis (93) ». */
  name: string;
  /** Its dashboard, when the actor may drill down to it. */
  href: string | null;
  /** Null when none of its schools has coordinates: in the list only. */
  position: { lat: number; lng: number } | null;
  /** Null where the figure does not apply (seats of a school) or is undefined (fill rate without seats). */
  values: Record<MapFigure, number | null>;
}

export function areaValues(row: AreaRow): Record<MapFigure, number | null> {
  return {
    pupils: row.pupils,
    authorised: row.authorised,
    withApplication: row.withApplication,
    placed: row.placed,
    completed: row.completed,
    seatsOffered: row.seats?.seatsOffered ?? null,
    seatsFilled: row.seats?.seatsFilled ?? null,
    fillRate: row.seats?.fillRate ?? null,
  };
}

/** The figures worth choosing: seats only where the areas have some (territories; a school has no offers). */
export function availableFigures(areas: readonly MapArea[]): MapFigure[] {
  const withSeats = areas.some((area) => area.values.seatsOffered !== null);
  return (Object.keys(MAP_FIGURES) as MapFigure[]).filter((figure) => withSeats || !SEAT_FIGURES.includes(figure));
}

/** The largest circle, in pixels: about a département's width at the national view. */
export const MAX_RADIUS_PX = 30;
/** Zero (or a value too small to see) still shows where the area is: a small hollow circle. */
export const MIN_RADIUS_PX = 3;

/**
 * A circle's radius for `value` when the largest value shown is `largest`: the area, not the
 * radius, is proportional to the value (radius ∝ √value), so that twice the pupils looks twice as big.
 */
export function circleRadius(value: number, largest: number): number {
  if (value <= 0 || largest <= 0) return MIN_RADIUS_PX;
  return Math.max(MIN_RADIUS_PX, MAX_RADIUS_PX * Math.sqrt(value / largest));
}

const NUMBER = new Intl.NumberFormat('fr-FR');
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** « 1 234 », « 45,5 % » for the fill rate, « — » where there is nothing to say. */
export function formatFigure(figure: MapFigure, value: number | null): string {
  if (value === null) return '—';
  return figure === 'fillRate' ? PERCENT.format(value) : NUMBER.format(value);
}

/**
 * Metropolitan France and Corsica, with a margin. Overseas departments are thousands of kilometres
 * away: fitting the map to them too would shrink the mainland to a dot.
 */
const METROPOLE = { minLat: 41, maxLat: 51.5, minLng: -5.5, maxLng: 10 };

export function inMetropolitanFrance({ lat, lng }: { lat: number; lng: number }): boolean {
  return lat >= METROPOLE.minLat && lat <= METROPOLE.maxLat && lng >= METROPOLE.minLng && lng <= METROPOLE.maxLng;
}

/**
 * What the map frames and what it says is elsewhere: the metropolitan areas when there are any
 * (the overseas ones are listed apart under the map), else every placed area (an overseas region's
 * departments); areas without a position are listed apart too.
 */
export function mapFrame(areas: readonly MapArea[]): {
  framed: { lat: number; lng: number }[];
  overseas: MapArea[];
  unplaced: MapArea[];
} {
  const placed = areas.filter((area) => area.position !== null);
  const metropolitan = placed.filter((area) => inMetropolitanFrance(area.position!));
  const shown = metropolitan.length > 0 ? metropolitan : placed;
  return {
    framed: shown.map((area) => area.position!),
    overseas: placed.filter((area) => !shown.includes(area)),
    unplaced: areas.filter((area) => area.position === null),
  };
}

const collator = new Intl.Collator('fr', { numeric: true });

/** The list's order: the largest first, areas without the figure last, then by name. */
export function byFigure(areas: readonly MapArea[], figure: MapFigure): MapArea[] {
  return [...areas].sort((a, b) => {
    const [x, y] = [a.values[figure], b.values[figure]];
    if (x !== y) return y === null ? -1 : x === null ? 1 : y - x;
    return collator.compare(a.name, b.name);
  });
}
