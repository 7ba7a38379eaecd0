import 'server-only';
import { and, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applications, classInternshipWeeks, pupils, schoolClasses, schools } from '@/db/schema';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import type { IsoDate } from '@/lib/calendar/weeks';
import { livePupil } from '@/lib/pupils/scope';
import type { LatLng } from '@/lib/geo/distance';
import { withinKmSql } from '@/lib/geo/distance-sql';
import { DEMAND_RADIUS_KM } from './rules';
import { holdsSeat } from './availability';

/** How many pupils near an offer's place wait for an internship in one week of the campaign. */
export interface WeekDemand {
  week: IsoDate;
  /** Registered schools within the radius with a class taking its internship that week. */
  schools: number;
  /** Pupils of those classes without an application holding a seat that week (accepted or confirmed: served either way). */
  pupilsWithoutPlacement: number;
}

/**
 * The demand of nearby schools for every week a host can still choose (selectableWeeks), in order,
 * zeros included, so the week picker can show one line per week. With no place yet there is
 * nothing to measure from: every week gets zeros and the form says why.
 *
 * Aggregates only, no pupil or school identity, so no actor: the caller page checks that its
 * user manages the offer.
 */
export async function weekDemand(
  place: LatLng | null,
  schoolYear: number,
  today: IsoDate,
  db?: Db,
  radiusKm = DEMAND_RADIUS_KM,
): Promise<WeekDemand[]> {
  const weeks = selectableWeeks(schoolYear, today);
  const found =
    place && weeks.length
      ? await nearbyClassWeeks(db ?? (await getDb()), place, schoolYear, weeks, { radiusKm, placements: true })
      : new Map<IsoDate, NearbyClassWeek>();
  return weeks.map((week) => {
    const row = found.get(week);
    return { week, schools: row?.schools ?? 0, pupilsWithoutPlacement: row?.pupilsWithoutPlacement ?? 0 };
  });
}

/** The classes of nearby schools that take their internship in one week. */
export interface NearbyClassWeek {
  /** Registered schools within the radius with a class of the school year taking that week. */
  schools: number;
  /** The live pupils of those classes (lib/pupils/scope.ts livePupil). */
  pupils: number;
  /** Of those pupils, the ones without an application holding a seat that week; counted on request only. */
  pupilsWithoutPlacement: number | null;
}

export interface NearbyOptions {
  radiusKm?: number;
  /** A school looking at its neighbours leaves its own classes out. */
  excludeSchoolId?: string;
  /** Also count the pupils without a placement that week (a probe of their applications each). */
  placements?: boolean;
}

/**
 * The classes of the registered schools within `radiusKm` of `place` that take their internship in
 * `weeks`, per week (weeks nobody took are absent): what the hosts' week picker (weekDemand) and
 * the schools' (lib/schools/week-picker-queries.ts) show. Only registered schools count: an
 * unregistered school's pupils cannot see offers. Deleted (anonymised) and pending accounts do not.
 *
 * One pass grouped by week, never a query per week. Each class's pupils are counted once, from the
 * (class_id, user_id) index tested against the short list of accounts that are not live (migration
 * 0014): 25 ms for the 3 200 classes around Paris of bench/, where a row per pupil and week, each
 * probing users, took 210 ms. Schools repeat (several classes), hence count(distinct).
 */
export async function nearbyClassWeeks(
  db: Db,
  place: LatLng,
  schoolYear: number,
  weeks: readonly IsoDate[],
  { radiusKm = DEMAND_RADIUS_KM, excludeSchoolId, placements = false }: NearbyOptions = {},
): Promise<Map<IsoDate, NearbyClassWeek>> {
  const around = and(
    withinKmSql(schools.lat, schools.lng, place, radiusKm),
    excludeSchoolId ? ne(schools.id, excludeSchoolId) : undefined,
  )!;
  return classWeeks(db, around, schoolYear, weeks, { placements });
}

/**
 * The same counts for the registered schools `where` selects (a condition on `schools`): around a
 * place above, or a department's for the representatives' calendar (lib/representatives).
 */
export async function classWeeks(
  db: Db,
  where: SQL,
  schoolYear: number,
  weeks: readonly IsoDate[],
  { placements = false }: Pick<NearbyOptions, 'placements'> = {},
): Promise<Map<IsoDate, NearbyClassWeek>> {
  if (weeks.length === 0) return new Map();
  const nearby = db.$with('nearby').as(
    db
      .select({ id: schoolClasses.id, schoolId: sql<string>`${schoolClasses.schoolId}`.as('nearby_school_id') })
      .from(schoolClasses)
      .innerJoin(schools, eq(schools.id, schoolClasses.schoolId))
      .where(and(eq(schoolClasses.schoolYear, schoolYear), isNotNull(schools.registeredAt), where)),
  );
  const counted = db.$with('counted').as(
    db
      .select({
        classId: sql<string>`${pupils.classId}`.as('counted_class_id'),
        pupils: sql<number>`count(*)`.as('live_pupils'),
      })
      .from(pupils)
      .where(and(inArray(pupils.classId, db.select({ id: nearby.id }).from(nearby)), livePupil))
      .groupBy(pupils.classId),
  );
  // A pupil is in one class and a class takes a week once, so a class's placed pupils in its week
  // need no distinct; only an application holding a seat that very week places a pupil.
  const placed = sql<number>`(select count(*) from ${pupils} where ${pupils.classId} = ${classInternshipWeeks.classId}
    and ${livePupil} and exists (select 1 from ${applications} where ${applications.pupilId} = ${pupils.userId}
    and ${applications.week} = ${classInternshipWeeks.week} and ${holdsSeat()}))`;
  const rows = await db
    .with(nearby, counted)
    .select({
      week: classInternshipWeeks.week,
      schools: sql<number>`count(distinct ${nearby.schoolId})::int`,
      pupils: sql<number>`coalesce(sum(${counted.pupils}), 0)::int`,
      placed: placements ? sql<number>`sum(${placed})::int` : sql<null>`null`,
    })
    .from(classInternshipWeeks)
    .innerJoin(nearby, eq(nearby.id, classInternshipWeeks.classId))
    .leftJoin(counted, eq(counted.classId, nearby.id))
    .where(inArray(classInternshipWeeks.week, [...weeks]))
    .groupBy(classInternshipWeeks.week);
  return new Map(
    rows.map((row) => [
      row.week,
      {
        schools: row.schools,
        pupils: row.pupils,
        pupilsWithoutPlacement: row.placed === null ? null : row.pupils - row.placed,
      },
    ]),
  );
}
