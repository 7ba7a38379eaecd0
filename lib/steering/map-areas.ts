import { areaValues, type AreaPosition, type MapArea } from './map';
import type { AreaFigures, SteeringView } from './rules';
import { areaLink, placeName } from './table-cells';

/*
 * The map's areas, built on the server from the same rows as the « Élèves et places par
 * territoire » table: the same names, the same figures, the same links (a row's dashboard, when
 * the actor may drill down). Kept apart from map.ts, which the browser loads, so that the tables'
 * code (CSV included) stays on the server.
 */
export function mapAreas(
  areas: AreaFigures,
  positions: readonly AreaPosition[],
  href: ((view: SteeringView) => string) | null,
): MapArea[] {
  const byCode = new Map(positions.map(({ code, lat, lng }) => [code, { lat, lng }]));
  return areas.rows.map((row) => {
    const link = href && areaLink(row.level, row.code);
    return {
      code: row.code,
      name: placeName(row),
      href: link ? href(link) : null,
      position: byCode.get(row.code) ?? null,
      values: areaValues(row),
    };
  });
}
