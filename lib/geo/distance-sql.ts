import 'server-only';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { boundingBox, EARTH_RADIUS_KM, type LatLng } from './distance';

/*
 * The SQL side of geo.ts, for any table with double precision lat/lng columns (offers, schools):
 * the bounding box the btree indexes on lat and lng can answer, then the exact distance.
 */

type Coordinate = AnyColumn | SQL;

/** Haversine in SQL, the formula of geo.ts haversineKm (least() guards asin against rounding above 1). */
export function distanceSql(lat: Coordinate, lng: Coordinate, centre: LatLng): SQL<number> {
  return sql<number>`(${2 * EARTH_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(${lat} - ${centre.lat}) / 2), 2)
    + cos(radians(${centre.lat})) * cos(radians(${lat})) * power(sin(radians(${lng} - ${centre.lng}) / 2), 2)))))`;
}

/**
 * Rows within `km` of `centre`: the box first, so the planner narrows with the indexes before the
 * trigonometry runs on what is left. Rows without coordinates never match.
 */
export function withinKmSql(lat: Coordinate, lng: Coordinate, centre: LatLng, km: number): SQL {
  const box = boundingBox(centre, km);
  return sql`(${lat} between ${box.minLat} and ${box.maxLat}
    and ${lng} between ${box.minLng} and ${box.maxLng}
    and ${distanceSql(lat, lng, centre)} <= ${km})`;
}
