import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { offers, offerWeeks, sectors } from '@/db/schema';
import { LEGACY_SECTOR_IDS } from '@/db/seed/data/sectors';
import type { IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import { supportedByOperator } from '@/lib/offers/scope';
import { apiError, type ApiCaller } from './types';

/* The partner API's lookups: an offer by the operator's remote_id, its weeks, a sector by its UUID. */

const OFFER_NOT_FOUND = "can't find internship_offer with this remote_id";
const NOT_YOURS = 'You are not authorized to access this page.';

/**
 * The caller's offer with this remote_id, locked when `lock`. Remote ids are the operator's own, so
 * another operator may use the same one: the contract's 403 ("not yours") answers a remote_id
 * that only other operators use, and an offer of the caller's for a host it no longer supports
 * (the admin detached it: the site's managedOffers refuses it too); 404 one nobody uses.
 */
export async function findOwnOffer(tx: Db, caller: ApiCaller, remoteId: string, lock = false) {
  const query = tx
    .select({
      id: offers.id,
      status: offers.status,
      schoolYear: offers.schoolYear,
      moderatedAt: offers.moderatedAt,
      supported: sql<boolean>`${supportedByOperator(caller.operatorId)}`,
    })
    .from(offers)
    .where(and(eq(offers.operatorId, caller.operatorId), eq(offers.remoteId, remoteId)));
  const [offer] = await (lock ? query.for('update', { of: offers }) : query);
  if (offer?.supported) return { ok: true as const, offer };
  if (offer || (await tx.$count(offers, eq(offers.remoteId, remoteId)))) return apiError('FORBIDDEN', NOT_YOURS);
  return apiError('NOT_FOUND', OFFER_NOT_FOUND);
}

/** The weeks an offer has now, in order (the base an update merges into). */
export async function recordedWeeks(db: Db, offerId: string): Promise<IsoDate[]> {
  const rows = await db
    .select({ week: offerWeeks.week })
    .from(offerWeeks)
    .where(eq(offerWeeks.offerId, offerId))
    .orderBy(offerWeeks.week);
  return rows.map((row) => row.week);
}

export const UNKNOWN_SECTOR = 'Secteur inconnu : choisissez un sector_uuid de GET /sectors.';

/**
 * The sector a sector_uuid names, or null: the reference UUIDs, and the one identifier published
 * upstream that is not a UUID (LEGACY_SECTOR_IDS), which partners may still send.
 */
export async function knownSectorId(db: Db, value: string): Promise<string | null> {
  const id = LEGACY_SECTOR_IDS[value] ?? value;
  if (!isUuid(id)) return null;
  return (await db.$count(sectors, eq(sectors.id, id))) ? id : null;
}
