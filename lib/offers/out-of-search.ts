import 'server-only';
import { and, eq, gt, inArray, isNull, not, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostMembers, hostOrganisations, offers, offerWeeks, operatorMembers, users } from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { open } from './queries';
import { OUT_OF_SEARCH } from './rules';

/**
 * Tells the managers of each published offer that left the search results (no week to come, or no
 * seat left) what to change, once: the claim sets out_of_search_notified_at in the same statement
 * that selects the offers, so two instances never send the same notice. Editing the weeks or seats
 * (or publishing again) clears the mark. Returns the number of offers notified.
 */
export async function notifyOffersOutOfSearch(today: IsoDate, now = new Date(), db?: Db): Promise<number> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const candidates = tx
      .select({ id: offers.id })
      .from(offers)
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
      .where(and(eq(offers.status, 'published'), isNull(offers.outOfSearchNotifiedAt), not(open(today))))
      .for('update', { of: offers, skipLocked: true });
    const claimed = await tx
      .update(offers)
      .set({ outOfSearchNotifiedAt: now })
      .where(inArray(offers.id, candidates))
      .returning({ id: offers.id, title: offers.title, organisationId: offers.organisationId, operatorId: offers.operatorId });
    for (const offer of claimed) {
      const futureWeeks = await tx.$count(offerWeeks, and(eq(offerWeeks.offerId, offer.id), gt(offerWeeks.week, today)));
      // Out of the search with weeks to come means their seats are taken (see `open`).
      const reason = OUT_OF_SEARCH[futureWeeks ? 'noSeat' : 'noWeek'];
      const recipients = await tx
        .selectDistinct({ email: users.email })
        .from(users)
        .where(
          and(
            eq(users.status, 'active'),
            isNull(users.deletedAt),
            sql`(${users.id} in (select ${hostMembers.userId} from ${hostMembers} where ${hostMembers.organisationId} = ${offer.organisationId})
              or ${users.id} in (select ${operatorMembers.userId} from ${operatorMembers} where ${operatorMembers.operatorId} = ${offer.operatorId}))`,
          ),
        );
      for (const { email } of recipients) await enqueueEmail(tx, email, emails.offerOutOfSearch({ offerTitle: offer.title, reason, offerId: offer.id }));
    }
    return claimed.length;
  });
}
