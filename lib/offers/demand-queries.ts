import 'server-only';
import { and, between, eq, isNotNull, sql } from 'drizzle-orm';
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
 * zeros included, so the week picker can show one line per week. Only registered schools count:
 * an unregistered school's pupils cannot see offers. Deleted (anonymised) pupil accounts do not
 * count. With no place yet there is nothing to measure from: every week gets zeros and the form
 * says why.
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
  const zeros = weeks.map((week) => ({ week, schools: 0, pupilsWithoutPlacement: 0 }));
  if (!place || weeks.length === 0) return zeros;
  db ??= await getDb();

  // One pass over the pupils of nearby classes (about 0.2 s for the 1 000 collèges around Paris of a
  // synthetic 250 000-pupil campaign, a few ms on the demo): grouped by week, never a query per week.
  // A pupil is in one class and a class takes a week once, so each (pupil, week) row appears once
  // and count() needs no distinct; schools do repeat (several classes), hence count(distinct).
  const placed = sql`exists (select 1 from ${applications} where ${applications.pupilId} = ${pupils.userId}
    and ${applications.week} = ${classInternshipWeeks.week} and ${holdsSeat()})`;
  const rows = await db
    .select({
      week: classInternshipWeeks.week,
      schools: sql<number>`count(distinct ${schoolClasses.schoolId})::int`,
      pupilsWithoutPlacement: sql<number>`count(${pupils.userId})::int`,
    })
    .from(classInternshipWeeks)
    .innerJoin(schoolClasses, eq(schoolClasses.id, classInternshipWeeks.classId))
    .innerJoin(schools, eq(schools.id, schoolClasses.schoolId))
    .leftJoin(pupils, and(eq(pupils.classId, schoolClasses.id), livePupil, sql`not ${placed}`))
    .where(
      and(
        eq(schoolClasses.schoolYear, schoolYear),
        between(classInternshipWeeks.week, weeks[0]!, weeks.at(-1)!),
        isNotNull(schools.registeredAt),
        withinKmSql(schools.lat, schools.lng, place, radiusKm),
      ),
    )
    .groupBy(classInternshipWeeks.week);

  const byWeek = new Map(rows.map((row) => [row.week, row]));
  return zeros.map((zero) => {
    const row = byWeek.get(zero.week);
    return row ? { week: zero.week, schools: row.schools, pupilsWithoutPlacement: row.pupilsWithoutPlacement } : zero;
  });
}
