import 'server-only';
import { and, between, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { steeringWeekDemandFacts, steeringWeekSupplyFacts } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { internshipWindow } from '@/lib/calendar/school-year';
import { eachWeek } from '@/lib/calendar/weeks';
import { readFigures } from './queries';
import type { Figures, PlacedView, SteeringQuery, TerritoryView, WeekBalance } from './rules';
import { inTerritory, offerFilters, schoolFilters } from './scope';

/**
 * Supply against demand per internship week in a territory, one row per week of the campaign's
 * window (zeros included): the seats of its posted offers that week (all, and still free) against
 * the live pupils of its registered schools whose class takes that week, and those of them still
 * without a seat held that week, from the weeks' facts. The demand is counted as the schools' and
 * hosts' week pickers and the department calendar count it (classWeeks, lib/offers/demand-queries.ts).
 * The sector and public/private filters narrow the seats, the REP+/REP filter the pupils.
 */
export function weekBalance(
  actor: SessionUser,
  view: TerritoryView,
  query: SteeringQuery,
  db?: Db,
): Promise<Figures<WeekBalance[]> | null> {
  return readFigures(
    actor,
    'weeks',
    view,
    query,
    computeWeeks,
    db,
    (v) => v.level !== 'school' && v.level !== 'ministry',
  );
}

async function computeWeeks(db: Db, view: PlacedView, { schoolYear, filters }: SteeringQuery): Promise<WeekBalance[]> {
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  const weeks = eachWeek(firstWeek, lastWeek);
  const supply = steeringWeekSupplyFacts;
  const demand = steeringWeekDemandFacts;
  const [offered, classes] = await Promise.all([
    db
      .select({
        week: supply.week,
        seatsOffered: sql<number>`sum(${supply.seatsOffered})::int`,
        seatsFree: sql<number>`sum(${supply.seatsFree})::int`,
      })
      .from(supply)
      .where(
        and(
          eq(supply.schoolYear, schoolYear),
          inTerritory(view, supply.departmentCode),
          offerFilters(filters, supply),
          between(supply.week, firstWeek, lastWeek),
        ),
      )
      .groupBy(supply.week),
    db
      .select({
        week: demand.week,
        schools: sql<number>`sum(${demand.schools})::int`,
        pupils: sql<number>`sum(${demand.pupils})::int`,
        pupilsWithoutPlacement: sql<number>`sum(${demand.pupilsWithoutPlacement})::int`,
      })
      .from(demand)
      .where(
        and(
          eq(demand.schoolYear, schoolYear),
          inTerritory(view, demand.departmentCode),
          schoolFilters(filters, demand.network),
          between(demand.week, firstWeek, lastWeek),
        ),
      )
      .groupBy(demand.week),
  ]);
  const seats = new Map(offered.map(({ week, ...counts }) => [week, counts]));
  const demandOf = new Map(classes.map(({ week, ...counts }) => [week, counts]));
  return weeks.map((week) => {
    const { seatsOffered = 0, seatsFree = 0 } = seats.get(week) ?? {};
    const { schools = 0, pupils = 0, pupilsWithoutPlacement = 0 } = demandOf.get(week) ?? {};
    return {
      week,
      seatsOffered,
      seatsFree,
      schools,
      pupils,
      pupilsWithoutPlacement,
      balance: seatsFree - pupilsWithoutPlacement,
    };
  });
}
