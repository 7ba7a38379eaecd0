import 'server-only';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { departments, schools } from '@/db/schema';
import type { AreaPosition } from './map';
import { readFigures, type SteeringReader } from './queries';
import { NO_FILTERS, type PlacedView, type SteeringQuery, type SteeringView } from './rules';
import { schoolsOfView } from './scope';

/*
 * Where each child of a dashboard's view goes on its map (lib/steering/map.ts). Regions and
 * departments have no coordinates of their own: each is placed at the mean latitude and longitude
 * of its schools that have some, so that a territory sits where its pupils are; a school at its
 * own. Every school the platform knows counts, registered or not, whatever the campaign and
 * filters: a territory does not move when a filter changes. A child without any geolocated
 * school has no position (the page lists it apart). One grouped query.
 */

/** Positions depend on the view only: one cached entry per view, whatever the campaign and filters. */
const ANY_CAMPAIGN: SteeringQuery = { schoolYear: 0, filters: NO_FILTERS };

/**
 * The positions of the view's children (regions of the country, departments of a region or
 * académie, schools of a department), through readFigures: the same access check as the figures
 * (null when the actor may not see the view), the same cache. Null for a school (its classes have
 * no place of their own) and a ministry (no territory).
 */
export async function areaPositions(
  actor: SteeringReader,
  view: SteeringView,
  db?: Db,
): Promise<AreaPosition[] | null> {
  const read = await readFigures(
    actor,
    'positions',
    view,
    ANY_CAMPAIGN,
    (database, placed) => computePositions(database, placed),
    db,
    (v) => v.level !== 'school' && v.level !== 'ministry',
  );
  return read?.figures ?? null;
}

async function computePositions(db: Db, view: PlacedView): Promise<AreaPosition[]> {
  const located = and(schoolsOfView(view), isNotNull(schools.lat), isNotNull(schools.lng));
  if (view.level === 'department')
    return db
      .select({ code: schools.id, lat: sql<number>`${schools.lat}`, lng: sql<number>`${schools.lng}` })
      .from(schools)
      .where(located)
      .orderBy(asc(schools.id));
  // The view's children: regions nationally, departments of a region or académie.
  const key = view.level === 'national' ? departments.regionCode : schools.departmentCode;
  return db
    .select({
      code: key,
      lat: sql<number>`avg(${schools.lat})::float8`.mapWith(Number),
      lng: sql<number>`avg(${schools.lng})::float8`.mapWith(Number),
    })
    .from(schools)
    .innerJoin(departments, eq(departments.code, schools.departmentCode))
    .where(located)
    .groupBy(key)
    .orderBy(asc(key));
}
