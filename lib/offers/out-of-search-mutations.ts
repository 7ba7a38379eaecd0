import 'server-only';
import { and, eq, inArray, isNull, not } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { offers, offerWeeks } from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { offerManagerEmails } from './queries';
import { futureWeekSql, organisationSuspended, OUT_OF_SEARCH, shownInSearch } from './availability';

/** Offers claimed per transaction: locks are held briefly, whatever the number of offers to tell about. */
const BATCH_SIZE = 200;

/**
 * Tells the managers of each published offer that left the search results (no week to come, or no
 * seat left) what to change, once: the claim sets out_of_search_notified_at in the same statement
 * that selects the offers (skipping those another instance holds), so no notice is sent twice.
 * Editing the weeks or seats, or publishing again, clears the mark. Returns the number of offers
 * notified. Set-based: a few queries per batch of offers, not per offer (bench/offers.ts).
 */
export async function notifyOffersOutOfSearch(today: IsoDate, now = new Date(), db?: Db): Promise<number> {
  db ??= await getDb();
  let total = 0;
  for (;;) {
    const claimed = await db.transaction((tx) => notifyBatch(tx, today, now));
    total += claimed;
    if (claimed < BATCH_SIZE) return total;
  }
}

async function notifyBatch(tx: Db, today: IsoDate, now: Date): Promise<number> {
  const candidates = tx
    .select({ id: offers.id })
    .from(offers)
    .where(
      and(
        eq(offers.status, 'published'),
        isNull(offers.outOfSearchNotifiedAt),
        not(shownInSearch(today)),
        // A suspended organisation's members were told why by the suspension e-mail.
        not(organisationSuspended()),
      ),
    )
    .limit(BATCH_SIZE)
    .for('update', { skipLocked: true });
  const claimed = await tx
    .update(offers)
    .set({ outOfSearchNotifiedAt: now })
    .where(inArray(offers.id, candidates))
    .returning({
      id: offers.id,
      title: offers.title,
      organisationId: offers.organisationId,
      operatorId: offers.operatorId,
    });
  if (!claimed.length) return 0;
  const ids = claimed.map((offer) => offer.id);

  // Out of the search with weeks to come means their seats are taken (see shownInSearch).
  const withWeeks = new Set(
    (
      await tx
        .selectDistinct({ offerId: offerWeeks.offerId })
        .from(offerWeeks)
        .where(and(inArray(offerWeeks.offerId, ids), futureWeekSql(offerWeeks.week, today)))
    ).map((row) => row.offerId),
  );
  const recipients = await offerManagerEmails(tx, ids);
  const byId = new Map(claimed.map((offer) => [offer.id, offer]));
  await enqueueEmails(
    tx,
    recipients.map(({ offerId, email }) => {
      const offer = byId.get(offerId)!;
      return {
        to: email,
        email: emails.offerOutOfSearch({
          offerTitle: offer.title,
          reason: OUT_OF_SEARCH[withWeeks.has(offerId) ? 'noSeat' : 'noWeek'],
          offerId,
        }),
      };
    }),
  );
  return claimed.length;
}
