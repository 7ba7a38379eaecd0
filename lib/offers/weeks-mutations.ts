import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { offers, offerWeeks } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { formatWeek } from '@/lib/calendar/format';
import type { IsoDate } from '@/lib/calendar/weeks';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { FORM_ERRORS_MESSAGE, parseValues } from '@/lib/forms';
import { heldSeats } from './availability';
import type { OfferStatus } from './lifecycle-rules';
import { cancelPendingApplications } from './mutations';
import { heldSeatsRefusal } from './rules';
import { weeksSchema } from './schemas';

/**
 * The "Semaines et places" step on an offer the caller has locked within its scope: the weeks of its
 * campaign (none past, weeksSchema), the seats, and what seats already held forbid (removing a week
 * where a pupil is accepted, fewer seats than are held). Removed weeks cancel their pending
 * applications. Shared by the site's form (steps-mutations.ts) and the partner API, so both keep
 * an offer's weeks the same way. `actorId` is null for the partner API.
 */
export async function saveOfferWeeks(
  tx: Db,
  offer: { id: string; status: OfferStatus; schoolYear: number },
  values: unknown,
  { today, now, actorId }: { today: IsoDate; now: Date; actorId: string | null },
): Promise<ActionResult> {
  const recorded = (
    await tx.select({ week: offerWeeks.week }).from(offerWeeks).where(eq(offerWeeks.offerId, offer.id))
  ).map((row) => row.week);
  const parsed = parseValues(weeksSchema({ schoolYear: offer.schoolYear, today, recorded }), values);
  if (!parsed.ok) return fail('VALIDATION', FORM_ERRORS_MESSAGE, parsed.fieldErrors);
  const { weeks, seatsPerWeek, seatsPerYear } = parsed.data;
  const held = await heldSeats(tx, offer.id);
  const removed = recorded.filter((week) => !weeks.includes(week));
  const busyRemoved = removed.find((week) => (held.byWeek.get(week) ?? 0) > 0);
  if (busyRemoved)
    return failOn(
      'weeks',
      `Des élèves sont déjà acceptés pour la ${formatWeek(busyRemoved)} : gardez cette semaine, ou annulez d’abord leur stage.`,
    );
  const refusal = heldSeatsRefusal(
    { seatsPerWeek, seatsPerYear },
    { busiestWeek: Math.max(0, ...held.byWeek.values()), total: held.total },
  );
  if (refusal) return failOn(refusal.field, refusal.message);
  if (removed.length) {
    await tx.delete(offerWeeks).where(and(eq(offerWeeks.offerId, offer.id), inArray(offerWeeks.week, removed)));
    await cancelPendingApplications(tx, actorId, { offerId: offer.id, weeks: removed, reason: 'weekRemoved' });
  }
  const added = weeks.filter((week) => !recorded.includes(week));
  if (added.length) await tx.insert(offerWeeks).values(added.map((week) => ({ offerId: offer.id, week })));
  await tx
    .update(offers)
    .set({ seatsPerWeek, seatsPerYear, outOfSearchNotifiedAt: null, updatedAt: now })
    .where(eq(offers.id, offer.id));
  if (offer.status !== 'draft')
    await audit(tx, {
      actorId,
      action: 'offer.weeks_changed',
      targetType: 'offer',
      targetId: offer.id,
      details: { added, removed, seatsPerWeek, seatsPerYear },
    });
  return { ok: true, data: undefined };
}
