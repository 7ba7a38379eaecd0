import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { offerReservations, offers, schools } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import type { OfferView } from './offer-page-queries';
import { managedOffers } from './scope';

export interface ReservationRequest {
  schoolId: string;
  schoolName: string;
  commune: string;
  uai: string;
  requestedAt: Date;
}

/** Pending requests on an offer, oldest first, for those who manage it (none for anyone else). */
export async function listReservationRequests(
  actor: SessionUser,
  offerId: string,
  db?: Db,
): Promise<ReservationRequest[]> {
  const managed = managedOffers(actor);
  if (!managed || !isUuid(offerId)) return [];
  db ??= await getDb();
  return db
    .select({
      schoolId: schools.id,
      schoolName: schools.name,
      commune: schools.commune,
      uai: schools.uai,
      requestedAt: offerReservations.createdAt,
    })
    .from(offerReservations)
    .innerJoin(offers, eq(offers.id, offerReservations.offerId))
    .innerJoin(schools, eq(schools.id, offerReservations.schoolId))
    .where(and(eq(offerReservations.offerId, offerId), eq(offerReservations.status, 'requested'), managed))
    .orderBy(asc(offerReservations.createdAt), asc(schools.name));
}

/** The school's reservation request on an offer, if any (shown to its head on the offer page). */
export async function reservationOf(db: Db, offerId: string, schoolId: string): Promise<OfferView['reservation']> {
  const [row] = await db
    .select({ status: offerReservations.status })
    .from(offerReservations)
    .where(and(eq(offerReservations.offerId, offerId), eq(offerReservations.schoolId, schoolId)));
  return row ?? null;
}
