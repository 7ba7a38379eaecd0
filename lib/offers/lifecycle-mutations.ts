import 'server-only';
import { and, asc, eq, gte } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applications, hostOrganisations, offerReservations, offers, offerWeeks } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear, schoolYearLabel } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { fail, type ActionResult } from '@/lib/errors';
import { cancelPendingApplications, lockManagedOffer, OFFER_NOT_FOUND } from './mutations';
import { futureWeekSql, holdsSeat } from './availability';
import {
  canCopy,
  canRenew,
  MODERATED_OFFER,
  publicationGaps,
  publicationGapsMessage,
  transitionRefusal,
  type HostTransition,
  type OfferStatus,
} from './lifecycle-rules';
import { managedOffers } from './scope';
import { readOnlyRefusal } from '@/lib/hosts/policy';

/*
 * Draft -> published <-> unpublished -> archived, plus duplicate and renew (the admin's moderation is
 * in moderation-mutations.ts). Publication copies the
 * organisation's ministry (public hosts) or PAQTE group (private hosts) onto the offer, so the
 * statistics by ministry and by group count the offer where it belonged when it was published.
 */

export async function changeOfferStatus(
  actor: SessionUser,
  offerId: string,
  transition: HostTransition,
  { today, now = new Date() }: { today: IsoDate; now?: Date },
  db?: Db,
): Promise<ActionResult> {
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const offer = await lockManagedOffer(tx, actor, offerId);
    if (!offer) return fail('NOT_FOUND', OFFER_NOT_FOUND);
    return transitionOffer(tx, offer, transition, actor.id, { today, now });
  });
}

/**
 * The transition itself, on an offer the caller has locked (select ... for update) within its own
 * scope: shared by the site (changeOfferStatus) and the partner API (lib/api/offer-mutations.ts), so
 * that an offer published or archived either way fills the same columns and cancels the same
 * applications. `actorId` is null for the partner API (an operator's tool, no person signed in).
 */
export async function transitionOffer(
  tx: Db,
  offer: { id: string; status: OfferStatus; moderatedAt: Date | null },
  transition: HostTransition,
  actorId: string | null,
  { today, now, details }: { today: IsoDate; now: Date; details?: Record<string, unknown> },
): Promise<ActionResult> {
  const refusal = transitionRefusal({ status: offer.status, moderated: offer.moderatedAt !== null }, transition);
  if (refusal) return fail('TRANSITION_NOT_ALLOWED', refusal);

  if (transition === 'publish') {
    const [full] = await tx
      .select({
        offer: offers,
        kind: hostOrganisations.kind,
        ministryId: hostOrganisations.ministryId,
        paqteGroupId: hostOrganisations.paqteGroupId,
      })
      .from(offers)
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
      .where(eq(offers.id, offer.id));
    if (!full) return fail('NOT_FOUND', OFFER_NOT_FOUND);
    const futureWeeks = await tx.$count(
      offerWeeks,
      and(eq(offerWeeks.offerId, offer.id), futureWeekSql(offerWeeks.week, today)),
    );
    const gaps = publicationGaps({ ...full.offer, futureWeeks });
    if (gaps.length) return fail('VALIDATION', publicationGapsMessage(gaps));
    await tx
      .update(offers)
      .set({
        status: 'published',
        publishedAt: full.offer.publishedAt ?? now,
        ministryId: full.kind === 'public' ? full.ministryId : null,
        paqteGroupId: full.kind === 'private' ? full.paqteGroupId : null,
        outOfSearchNotifiedAt: null,
        updatedAt: now,
      })
      .where(eq(offers.id, offer.id));
  } else {
    if (transition === 'archive') {
      // Pupils accepted for a week to come keep their internship: the host cancels it first.
      const held = await tx.$count(
        applications,
        and(eq(applications.offerId, offer.id), holdsSeat(), gte(applications.week, today)),
      );
      if (held)
        return fail(
          'SEATS_HELD',
          `${held} élève${held > 1 ? 's sont acceptés' : ' est accepté'} pour un stage à venir : cette offre ne peut pas être archivée. Vous pouvez la dépublier pour ne plus recevoir de candidatures.`,
        );
      await cancelPendingApplications(tx, actorId, { offerId: offer.id, reason: 'archived' });
    }
    await tx
      .update(offers)
      .set({ status: transition === 'unpublish' ? 'unpublished' : 'archived', updatedAt: now })
      .where(eq(offers.id, offer.id));
  }
  await audit(tx, {
    actorId,
    action: `offer.${transition === 'publish' ? 'published' : transition === 'unpublish' ? 'unpublished' : 'archived'}`,
    targetType: 'offer',
    targetId: offer.id,
    details,
  });
  return { ok: true, data: undefined };
}

/**
 * A new draft from an existing offer. Duplicate: same campaign, the weeks still to come, the
 * reservations. Renew: last campaign's offer carried to the current one, weeks to choose again
 * (the schools' weeks change every year).
 */
export async function copyOffer(
  actor: SessionUser,
  offerId: string,
  mode: 'duplicate' | 'renew',
  { today }: { today: IsoDate },
  db?: Db,
): Promise<ActionResult<{ offerId: string }>> {
  const scope = managedOffers(actor);
  if (!scope) return fail('NOT_FOUND', OFFER_NOT_FOUND);
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select()
      .from(offers)
      .where(and(eq(offers.id, offerId), scope));
    if (!source) return fail('NOT_FOUND', OFFER_NOT_FOUND);
    if (!canCopy({ moderated: source.moderatedAt !== null })) return fail('TRANSITION_NOT_ALLOWED', MODERATED_OFFER);
    const campaign = currentOrUpcomingSchoolYear(today);
    if (mode === 'renew' && !canRenew(source, today))
      return fail(
        'ALREADY_DONE',
        `Cette offre est déjà sur la campagne ${schoolYearLabel(campaign)} : dupliquez-la plutôt.`,
      );
    const {
      id: _id,
      status: _status,
      publishedAt: _published,
      createdAt: _created,
      updatedAt: _updated,
      outOfSearchNotifiedAt: _notified,
      moderatedAt: _moderated,
      moderatedBy: _moderator,
      moderationReason: _reason,
      ...fields
    } = source;
    const [copy] = await tx
      .insert(offers)
      .values({
        ...fields,
        title: mode === 'duplicate' ? `${source.title.slice(0, 142)} (copie)` : source.title,
        // A copy of a past campaign's offer belongs to the current one: its weeks are over.
        schoolYear: Math.max(source.schoolYear, campaign),
        isReserved: mode === 'duplicate' && source.isReserved,
        renewedFromId: mode === 'renew' ? source.id : null,
        createdBy: actor.id,
        status: 'draft',
      })
      .returning({ id: offers.id });
    if (mode === 'duplicate') {
      const weeks = await tx
        .select({ week: offerWeeks.week })
        .from(offerWeeks)
        .where(and(eq(offerWeeks.offerId, source.id), futureWeekSql(offerWeeks.week, today)))
        .orderBy(asc(offerWeeks.week));
      if (weeks.length) await tx.insert(offerWeeks).values(weeks.map(({ week }) => ({ offerId: copy!.id, week })));
      const reserved = await tx
        .select({ schoolId: offerReservations.schoolId })
        .from(offerReservations)
        .where(and(eq(offerReservations.offerId, source.id), eq(offerReservations.status, 'accepted')));
      if (reserved.length)
        await tx.insert(offerReservations).values(
          reserved.map(({ schoolId }) => ({
            offerId: copy!.id,
            schoolId,
            status: 'accepted' as const,
            requestedBy: actor.id,
          })),
        );
    }
    await audit(tx, {
      actorId: actor.id,
      action: 'offer.copied',
      targetType: 'offer',
      targetId: copy!.id,
      details: { from: source.id, mode },
    });
    return { ok: true, data: { offerId: copy!.id } };
  });
}
