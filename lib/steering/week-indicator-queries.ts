import 'server-only';
import { and, between, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { offers, offerWeeks } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { internshipWindow } from '@/lib/calendar/school-year';
import { eachWeek, type IsoDate } from '@/lib/calendar/weeks';
import { classWeeks } from '@/lib/offers/demand-queries';
import { readFigures, withoutJit } from './queries';
import type { Figures, PlacedView, SteeringQuery, TerritoryView, WeekBalance } from './rules';
import { offerFilters, offersOfView, postedOffers, schoolFilters, schoolsOfView } from './scope';

/**
 * Supply against demand per internship week in a territory, one row per week of the campaign's
 * window (zeros included): the seats of its posted offers that week (all, and still free) against
 * the live pupils of its registered schools whose class takes that week, and those of them still
 * without a seat held that week. The demand is counted as the schools' and hosts' week pickers and
 * the department calendar count it (classWeeks, lib/offers/demand-queries.ts). The sector and
 * public/private filters narrow the seats, the REP+/REP filter the pupils.
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
  const [supply, demand] = await Promise.all([
    withoutJit(db, (tx) =>
      tx
        .select({
          week: offerWeeks.week,
          seatsOffered: sql<number>`sum(${offers.seatsPerWeek})::int`,
          // availability.ts seatsLeft: the week's seats less those held, bounded by what is left of the year's.
          seatsFree: sql<number>`sum(greatest(0, least(${offers.seatsPerWeek} - ${offerWeeks.seatsHeld},
          ${offers.seatsPerYear} - ${offers.seatsHeld})))::int`,
        })
        .from(offerWeeks)
        .innerJoin(offers, eq(offers.id, offerWeeks.offerId))
        .where(
          and(
            postedOffers(schoolYear),
            offersOfView(view),
            offerFilters(filters),
            between(offerWeeks.week, firstWeek, lastWeek),
          ),
        )
        .groupBy(offerWeeks.week),
    ),
    withoutJit(db, (tx) =>
      classWeeks(tx, and(schoolsOfView(view), schoolFilters(filters))!, schoolYear, weeks, { placements: true }),
    ),
  ]);
  const seats = new Map<IsoDate, { seatsOffered: number; seatsFree: number }>(
    supply.map(({ week, ...counts }) => [week, counts]),
  );
  return weeks.map((week) => {
    const { seatsOffered = 0, seatsFree = 0 } = seats.get(week) ?? {};
    const classes = demand.get(week);
    const pupilsWithoutPlacement = classes?.pupilsWithoutPlacement ?? 0;
    return {
      week,
      seatsOffered,
      seatsFree,
      schools: classes?.schools ?? 0,
      pupils: classes?.pupils ?? 0,
      pupilsWithoutPlacement,
      balance: seatsFree - pupilsWithoutPlacement,
    };
  });
}
