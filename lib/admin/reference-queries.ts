import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { holidayPeriods, sectors } from '@/db/schema';
import { holidayZone } from '@/db/schema/enums';
import { isAdmin } from './policy';
import { isUuid } from '@/lib/ids';
import type { SessionUser } from '@/lib/auth/types';
import type { HolidayZone } from '@/lib/calendar/labels';

/** Reads of the reference data editor (/admin/referentiel): admin only, empty or null otherwise. */

export async function listSectors(actor: SessionUser, db?: Db) {
  if (!isAdmin(actor)) return [];
  db ??= await getDb();
  return db
    .select({ id: sectors.id, name: sectors.name, onisepUrl: sectors.onisepUrl })
    .from(sectors)
    .orderBy(asc(sectors.name));
}

export async function findSector(actor: SessionUser, id: string, db?: Db) {
  if (!isAdmin(actor) || !isUuid(id)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({ id: sectors.id, name: sectors.name, onisepUrl: sectors.onisepUrl })
    .from(sectors)
    .where(eq(sectors.id, id));
  return row ?? null;
}

/** Holiday periods of one zone and school year, in calendar order; the years that have any. */
export async function listHolidayPeriods(
  actor: SessionUser,
  filter: { zone: HolidayZone; schoolYear: number },
  db?: Db,
) {
  if (!isAdmin(actor)) return { periods: [], years: [] as number[] };
  db ??= await getDb();
  const [periods, years] = await Promise.all([
    db
      .select({
        id: holidayPeriods.id,
        name: holidayPeriods.name,
        startsOn: holidayPeriods.startsOn,
        endsOn: holidayPeriods.endsOn,
      })
      .from(holidayPeriods)
      .where(and(eq(holidayPeriods.zone, filter.zone), eq(holidayPeriods.schoolYear, filter.schoolYear)))
      .orderBy(asc(holidayPeriods.startsOn)),
    db
      .selectDistinct({ year: holidayPeriods.schoolYear })
      .from(holidayPeriods)
      .orderBy(desc(holidayPeriods.schoolYear)),
  ]);
  return { periods, years: years.map((row) => row.year) };
}

/** How many periods each zone has for each of `years`: the calendars still to enter show as zeros. */
export async function holidayCoverage(actor: SessionUser, years: number[], db?: Db) {
  if (!isAdmin(actor)) return [];
  db ??= await getDb();
  const rows = await db
    .select({ zone: holidayPeriods.zone, schoolYear: holidayPeriods.schoolYear, periods: sql<number>`count(*)::int` })
    .from(holidayPeriods)
    .where(inArray(holidayPeriods.schoolYear, years))
    .groupBy(holidayPeriods.zone, holidayPeriods.schoolYear);
  return holidayZone.enumValues.map((zone) => ({
    zone,
    periods: years.map(
      (schoolYear) => rows.find((row) => row.zone === zone && row.schoolYear === schoolYear)?.periods ?? 0,
    ),
  }));
}

export async function findHolidayPeriod(actor: SessionUser, id: string, db?: Db) {
  if (!isAdmin(actor) || !isUuid(id)) return null;
  db ??= await getDb();
  const [row] = await db.select().from(holidayPeriods).where(eq(holidayPeriods.id, id));
  return row ?? null;
}
