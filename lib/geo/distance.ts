/*
 * Distances for the offer search (DESIGN.md, "Geo search"): a latitude/longitude box cheap to test
 * with the btree indexes on lat and lng, then the exact great-circle distance on what is left.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

export const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

/**
 * The smallest lat/lng box holding every point within `km` of `centre`. The longitude span widens
 * with latitude (a degree of longitude is shorter away from the equator); near a pole it covers
 * every longitude.
 */
export function boundingBox(
  centre: LatLng,
  km: number,
): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = km / KM_PER_DEGREE_LAT;
  const cos = Math.cos((centre.lat * Math.PI) / 180);
  const dLng = cos > 1e-6 ? Math.min(180, km / (KM_PER_DEGREE_LAT * cos)) : 180;
  return { minLat: centre.lat - dLat, maxLat: centre.lat + dLat, minLng: centre.lng - dLng, maxLng: centre.lng + dLng };
}

/** Great-circle distance in km (haversine); the SQL in queries.ts computes the same formula. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
