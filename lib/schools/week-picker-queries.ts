import 'server-only';
import { and, eq, inArray, not, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { offerSearchWeeks, pupils, schools } from '@/db/schema';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import { holidayAfterWeek, holidayOfWeek } from '@/lib/calendar/holidays';
import { schoolCalendar } from '@/lib/calendar/holiday-queries';
import type { IsoDate } from '@/lib/calendar/weeks';
import type { LatLng } from '@/lib/geo/distance';
import { withinKmSql } from '@/lib/geo/distance-sql';
import { organisationSuspended } from '@/lib/offers/availability';
import { nearbyClassWeeks, type NearbyClassWeek } from '@/lib/offers/demand-queries';
import { DEMAND_RADIUS_KM } from '@/lib/offers/rules';
import { visibleToSchool } from '@/lib/offers/scope';
import { livePupil } from '@/lib/pupils/scope';
import { suggestedWeeks, type WeekPicker } from './week-picker-rules';

/*
 * The neighbourhood the head weighs: the 60 km of issue 12, DEMAND_RADIUS_KM, the radius within
 * which hosts are shown the schools' weeks (weekDemand), so both sides speak of the same collèges.
 * Not the school's own searchRadiusKm: its default is the same 60 km, but a head may change it,
 * and the figures would then stop being comparable from one collège to its neighbour.
 */
const RADIUS_KM = DEMAND_RADIUS_KM;

/**
 * Every week a class of `schoolId` may still take in `schoolYear` (selectableWeeks), in order, with
 * the zone's holidays and what is around the school: the other collèges that chose the week and
 * their pupils, and the seats still free. Null for an unknown school. Aggregates only: the caller
 * page checks that its user may edit the class (canEditClass); the class is read within its school.
 *
 * Three reads at once on PostgreSQL (about 25 ms each around Paris on bench/'s national dataset):
 * the calendar, the nearby classes, the free seats.
 */
export async function getWeekPicker(
  { schoolId, classId, schoolYear, today }: { schoolId: string; classId: string; schoolYear: number; today: IsoDate },
  db?: Db,
): Promise<WeekPicker | null> {
  db ??= await getDb();
  const [school] = await db
    .select({
      lat: schools.lat,
      lng: schools.lng,
      classPupils: db.$count(pupils, and(eq(pupils.classId, classId), eq(pupils.schoolId, schoolId), livePupil)),
    })
    .from(schools)
    .where(eq(schools.id, schoolId));
  if (!school) return null;
  const place = school.lat !== null && school.lng !== null ? { lat: school.lat, lng: school.lng } : null;
  const weeks = selectableWeeks(schoolYear, today);
  const [calendar, classes, seats] = await Promise.all([
    schoolCalendar(db, schoolId, schoolYear),
    place
      ? nearbyClassWeeks(db, place, schoolYear, weeks, { radiusKm: RADIUS_KM, excludeSchoolId: schoolId })
      : new Map<IsoDate, NearbyClassWeek>(),
    place ? freeSeatsAround(db, schoolId, place, weeks) : new Map<IsoDate, number>(),
  ]);
  if (!calendar) return null;

  const entries = weeks.map((week) => ({
    week,
    holiday: holidayOfWeek(week, calendar.holidays),
    holidayAfter: holidayAfterWeek(week, calendar.holidays),
    otherSchools: classes.get(week)?.schools ?? 0,
    theirPupils: classes.get(week)?.pupils ?? 0,
    freeSeats: seats.get(week) ?? 0,
  }));
  const suggested = new Set(suggestedWeeks(entries, school.classPupils));
  return {
    schoolYear,
    zone: calendar.zone,
    calendarPublished: calendar.holidays.length > 0,
    located: place !== null,
    radiusKm: RADIUS_KM,
    classPupils: school.classPupils,
    weeks: entries.map((entry) => ({ ...entry, suggested: suggested.has(entry.week) })),
  };
}

/**
 * Seats still free per week in the offers within the radius that this school's pupils may take:
 * the search's rows (offer_search_weeks: published, the week still open, counted by the database
 * as availability.ts seatsLeft in seats_free), under the search's own rules, never an offer of a
 * suspended organisation nor one reserved for other schools. One pass over the rows of the weeks in
 * the area, from the index on (week, lat, lng); weeks without a free seat are absent.
 */
async function freeSeatsAround(
  db: Db,
  schoolId: string,
  place: LatLng,
  weeks: readonly IsoDate[],
): Promise<Map<IsoDate, number>> {
  if (weeks.length === 0) return new Map();
  const { week, lat, lng, offerId, isReserved, organisationId, seatsFree } = offerSearchWeeks;
  const rows = await db
    .select({ week, seats: sql<number>`sum(${seatsFree})::int` })
    .from(offerSearchWeeks)
    .where(
      and(
        inArray(week, [...weeks]),
        withinKmSql(lat, lng, place, RADIUS_KM),
        not(organisationSuspended(organisationId)),
        visibleToSchool(schoolId, { id: offerId, isReserved }),
      ),
    )
    .groupBy(week);
  return new Map(rows.map((row) => [row.week, row.seats]));
}
