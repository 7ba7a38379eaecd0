import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/migrate';
import type { IsoDate } from '@/lib/calendar/weeks';
import { HOLDING_STATUSES } from './availability';

/** A held-seat counter that differs from the applications it counts (week null: the offer's total). */
export interface SeatCounterDrift {
  offerId: string;
  week: IsoDate | null;
  recorded: number;
  counted: number;
}

const holding = sql.join(
  HOLDING_STATUSES.map((status) => sql`${status}`),
  sql`, `,
);

/**
 * Every counter of migration 0007 that disagrees with a count of the applications holding a seat.
 * Empty in a healthy database: the integration tests assert it after every seat-changing mutation,
 * and `npm run db:repair-seats` reports and repairs what a manual edit or a bug left behind.
 */
export async function seatCounterDrift(db: Db): Promise<SeatCounterDrift[]> {
  return rowsOf<SeatCounterDrift>(
    await db.execute(sql`
      select o.id as "offerId", null as week, o.seats_held as recorded, coalesce(h.n, 0)::int as counted
      from offers o
      left join (select offer_id, count(*) as n from applications where status in (${holding}) group by offer_id) h
        on h.offer_id = o.id
      where o.seats_held <> coalesce(h.n, 0)
      union all
      select w.offer_id, w.week::text, w.seats_held, coalesce(h.n, 0)::int
      from offer_weeks w
      left join (select offer_id, week, count(*) as n from applications where status in (${holding}) group by offer_id, week) h
        on h.offer_id = w.offer_id and h.week = w.week
      where w.seats_held <> coalesce(h.n, 0)
      order by 1, 2 nulls first`),
  );
}

/**
 * Every row of offer_search_weeks whose seats_free (migration 0014) differs from what the counters
 * leave (seats_left, availability.ts seatsLeft in SQL): empty in a healthy database, whatever the
 * counters say, since the triggers recompute it from them. The applications' tests assert it after
 * every test, beside seatCounterDrift.
 */
export async function freeSeatDrift(db: Db): Promise<SeatCounterDrift[]> {
  return rowsOf<SeatCounterDrift>(
    await db.execute(sql`
      select s.offer_id as "offerId", s.week::text as week, s.seats_free as recorded, f.free as counted
      from offer_search_weeks s
      join offers o on o.id = s.offer_id
      left join offer_weeks w on w.offer_id = s.offer_id and w.week = s.week
      cross join lateral (select seats_left(o.seats_per_week, o.seats_per_year, coalesce(w.seats_held, 0), o.seats_held) as free) f
      where s.seats_free <> f.free
      order by 1, 2`),
  );
}
