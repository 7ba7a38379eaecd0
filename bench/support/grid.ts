import { boundingBox, haversineKm, type LatLng } from '@/lib/geo/distance';

/**
 * Points bucketed by whole degrees of latitude and longitude, to find those within a radius
 * without measuring the distance to every one (7 000 collèges x 30 000 offers would take minutes).
 */
export class Grid<T extends LatLng> {
  private readonly cells = new Map<string, T[]>();

  constructor(items: Iterable<T>) {
    for (const item of items) {
      const key = cellKey(Math.floor(item.lat), Math.floor(item.lng));
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }

  /** The items within `km` of `centre` (the same haversine as the SQL search). */
  within(centre: LatLng, km: number): T[] {
    const box = boundingBox(centre, km);
    const found: T[] = [];
    for (let lat = Math.floor(box.minLat); lat <= Math.floor(box.maxLat); lat++) {
      for (let lng = Math.floor(box.minLng); lng <= Math.floor(box.maxLng); lng++) {
        for (const item of this.cells.get(cellKey(lat, lng)) ?? [])
          if (haversineKm(centre, item) <= km) found.push(item);
      }
    }
    return found;
  }
}

const cellKey = (lat: number, lng: number) => `${lat}:${lng}`;
