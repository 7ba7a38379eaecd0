import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, offerReservations, offers, schools, staffMemberships, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { lockManagedOffer, OFFER_NOT_FOUND } from './mutations';
import { canRequestReservation } from './policy';
import { offerManagerEmails } from './queries';
import { usableAccount } from '@/lib/users/scope';
import { managedOffers, visibleToSchool } from './scope';
import { readOnlyRefusal } from '@/lib/hosts/policy';

/*
 * A school head asks a host to reserve a published offer for their collège; the host (or the
 * operator that posted it) accepts, which makes the offer visible only to the schools it is
 * reserved for, or declines. One row per offer and school (offer_reservations): its createdAt is
 * the time of the latest request.
 */

const HEAD_ONLY = 'Seul le chef d’établissement peut demander à réserver une offre pour son collège.';

const OFFER_UNAVAILABLE = 'Cette offre n’est pas ou plus publiée, ou elle est réservée à d’autres collèges.';

const ALREADY = {
  requested: 'Votre demande de réservation est déjà envoyée : la structure d’accueil vous répondra par courriel.',
  accepted: 'Cette offre est déjà réservée à votre collège.',
} as const;

/**
 * The head asks for the offer to be reserved for their school. Only a published offer their pupils
 * may see; a declined request may be made again, a pending or accepted one not.
 */
export async function requestReservation(
  actor: SessionUser,
  offerId: string,
  now = new Date(),
  db?: Db,
): Promise<ActionResult<void>> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canRequestReservation(actor)) return fail('FORBIDDEN', HEAD_ONLY);
  if (!isUuid(offerId)) return fail('NOT_FOUND', OFFER_UNAVAILABLE);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [offer] = await tx
      .select({
        id: offers.id,
        title: offers.title,
        organisationId: offers.organisationId,
        operatorId: offers.operatorId,
      })
      .from(offers)
      .where(and(eq(offers.id, offerId), eq(offers.status, 'published'), visibleToSchool(schoolId)));
    if (!offer) return fail('NOT_FOUND', OFFER_UNAVAILABLE);

    // One statement, so two clicks or two tabs cannot both send a request (the primary key decides).
    const [asked] = await tx
      .insert(offerReservations)
      .values({ offerId, schoolId, status: 'requested', requestedBy: actor.id, createdAt: now })
      .onConflictDoUpdate({
        target: [offerReservations.offerId, offerReservations.schoolId],
        set: { status: 'requested', requestedBy: actor.id, createdAt: now },
        setWhere: eq(offerReservations.status, 'declined'),
      })
      .returning({ offerId: offerReservations.offerId });
    if (!asked) {
      const [existing] = await tx
        .select({ status: offerReservations.status })
        .from(offerReservations)
        .where(and(eq(offerReservations.offerId, offerId), eq(offerReservations.schoolId, schoolId)));
      return fail('ALREADY_DONE', ALREADY[existing?.status === 'accepted' ? 'accepted' : 'requested']);
    }

    const [school] = await tx
      .select({ name: schools.name, commune: schools.commune })
      .from(schools)
      .where(eq(schools.id, schoolId));
    const email = emails.reservationRequested({
      schoolName: school!.name,
      schoolCommune: school!.commune,
      offerTitle: offer.title,
      offerId,
    });
    for (const { email: to } of await offerManagerEmails(tx, [offer.id])) await enqueueEmail(tx, to, email);
    await audit(tx, {
      actorId: actor.id,
      action: 'offer.reservation_requested',
      targetType: 'offer',
      targetId: offerId,
      details: { schoolId },
    });
    return { ok: true as const, data: undefined };
  });
}

/**
 * The host or operator managing the offer answers a pending request. Accepting reserves the offer:
 * from then on only the pupils and staff of the schools it is reserved for see it.
 */
export async function answerReservation(
  actor: SessionUser,
  input: { offerId: string; schoolId: string; accept: boolean },
  db?: Db,
): Promise<ActionResult<void>> {
  if (!managedOffers(actor))
    return fail('FORBIDDEN', 'Seule la structure d’accueil de l’offre répond aux demandes de réservation.');
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  if (!isUuid(input.offerId) || !isUuid(input.schoolId)) return fail('NOT_FOUND', OFFER_NOT_FOUND);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    // The row lock orders this answer with a concurrent edit of the reservation step.
    const offer = await lockManagedOffer(tx, actor, input.offerId);
    if (!offer) return fail('NOT_FOUND', OFFER_NOT_FOUND);
    const [answered] = await tx
      .update(offerReservations)
      .set({ status: input.accept ? 'accepted' : 'declined' })
      .where(
        and(
          eq(offerReservations.offerId, offer.id),
          eq(offerReservations.schoolId, input.schoolId),
          eq(offerReservations.status, 'requested'),
        ),
      )
      .returning({ schoolId: offerReservations.schoolId });
    if (!answered)
      return fail('NOT_FOUND', 'Cette demande n’est plus en attente : elle a peut-être déjà reçu une réponse.');
    if (input.accept)
      await tx
        .update(offers)
        .set({ isReserved: true, updatedAt: sql`now()` })
        .where(eq(offers.id, offer.id));

    const [organisation] = await tx
      .select({ name: hostOrganisations.name })
      .from(hostOrganisations)
      .where(eq(hostOrganisations.id, offer.organisationId));
    const heads = await tx
      .select({ email: users.email })
      .from(staffMemberships)
      .innerJoin(users, eq(users.id, staffMemberships.userId))
      .where(
        and(
          eq(staffMemberships.schoolId, input.schoolId),
          eq(staffMemberships.role, 'head'),
          eq(staffMemberships.status, 'active'),
          usableAccount,
        ),
      );
    const email = emails.reservationAnswered({
      offerTitle: offer.title,
      offerId: offer.id,
      organisationName: organisation!.name,
      accepted: input.accept,
    });
    for (const head of heads) await enqueueEmail(tx, head.email, email);
    await audit(tx, {
      actorId: actor.id,
      action: 'offer.reservation_answered',
      targetType: 'offer',
      targetId: offer.id,
      details: { schoolId: input.schoolId, accepted: input.accept },
    });
    return { ok: true as const, data: undefined };
  });
}
