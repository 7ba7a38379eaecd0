import { describe, expect, it } from 'vitest';
import {
  availableFigures,
  byFigure,
  circleRadius,
  formatFigure,
  mapFrame,
  MAX_RADIUS_PX,
  MIN_RADIUS_PX,
  type MapArea,
} from './map';

const values = (pupils: number, seatsOffered: number | null = null): MapArea['values'] => ({
  pupils,
  authorised: 0,
  withApplication: 0,
  placed: 0,
  completed: 0,
  seatsOffered,
  seatsFilled: seatsOffered === null ? null : 0,
  fillRate: seatsOffered ? 0 : null,
});
const area = (name: string, position: MapArea['position'], pupils = 0, seats: number | null = null): MapArea => ({
  code: name,
  name,
  href: null,
  position,
  values: values(pupils, seats),
});

describe('the territory map', () => {
  it('sizes circles by area: four times the value, twice the radius', () => {
    expect(circleRadius(100, 100)).toBe(MAX_RADIUS_PX);
    expect(circleRadius(25, 100)).toBe(MAX_RADIUS_PX / 2);
    expect(circleRadius(0, 100)).toBe(MIN_RADIUS_PX);
    expect(circleRadius(0.001, 100)).toBe(MIN_RADIUS_PX); // still visible
    expect(circleRadius(0, 0)).toBe(MIN_RADIUS_PX);
  });

  it('writes figures the French way', () => {
    expect(formatFigure('pupils', 12345)).toBe('12\u202f345');
    expect(formatFigure('fillRate', 0.455)).toBe('45,5\u00a0%');
    expect(formatFigure('fillRate', null)).toBe('—');
  });

  it('frames the mainland, the overseas areas and those without schools listed apart', () => {
    const paris = area('Île-de-France', { lat: 48.9, lng: 2.4 });
    const corsica = area('Corse', { lat: 42.1, lng: 9.1 });
    const guadeloupe = area('Guadeloupe', { lat: 16.25, lng: -61.55 });
    const reunion = area('La Réunion', { lat: -21.1, lng: 55.5 });
    const empty = area('Normandie', null);
    expect(mapFrame([paris, guadeloupe, corsica, empty, reunion])).toEqual({
      framed: [paris.position, corsica.position],
      overseas: [guadeloupe, reunion],
      unplaced: [empty],
    });
    // An overseas region's own map: its departments are what there is to see.
    expect(mapFrame([guadeloupe])).toEqual({ framed: [guadeloupe.position], overseas: [], unplaced: [] });
  });

  it('lists the largest first, areas without the figure last, ties by name', () => {
    const areas = [area('B', null, 5, null), area('A', null, 5, 3), area('C', null, 9, 1)];
    expect(byFigure(areas, 'pupils').map((a) => a.name)).toEqual(['C', 'A', 'B']);
    expect(byFigure(areas, 'seatsOffered').map((a) => a.name)).toEqual(['A', 'C', 'B']);
  });

  it('offers the seats only where the areas have offers (not for schools)', () => {
    expect(availableFigures([area('Collège', null, 3)])).not.toContain('seatsOffered');
    expect(availableFigures([area('93', null, 3, 0)])).toEqual([
      'pupils',
      'authorised',
      'withApplication',
      'placed',
      'completed',
      'seatsOffered',
      'seatsFilled',
      'fillRate',
    ]);
  });
});
