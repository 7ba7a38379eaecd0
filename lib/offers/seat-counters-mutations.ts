import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { offers, offerWeeks } from '@/db/schema';
import { seatCounterDrift, type SeatCounterDrift } from './seat-counters-queries';

/**
 * Sets every drifting held-seat counter to the real count, in one transaction, and returns what it
 * changed. A count above the offer's seats is an overbooking, not a drift: the constraints refuse it
 * and the whole repair is rolled back, for a person to look at.
 */
export async function repairSeatCounters(db: Db): Promise<SeatCounterDrift[]> {
  return db.transaction(async (tx) => {
    const drift = await seatCounterDrift(tx);
    for (const row of drift) {
      if (row.week === null) {
        await tx.update(offers).set({ seatsHeld: row.counted }).where(eq(offers.id, row.offerId));
      } else {
        await tx
          .update(offerWeeks)
          .set({ seatsHeld: row.counted })
          .where(and(eq(offerWeeks.offerId, row.offerId), eq(offerWeeks.week, row.week)));
      }
    }
    return drift;
  });
}
