/** OpenStreetMap's own tiles unless the deployment names another server; '' (tests, offline): none. */
const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The tile URL template every map of the site uses, read at request time (MAP_TILE_URL). */
export function mapTileUrl(): string {
  return process.env.MAP_TILE_URL ?? DEFAULT_TILE_URL;
}
