import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { offerReports, offers } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { emails, type Email } from '@/lib/notifications/templates';
import { transitionRefusal, type OfferStatus } from './lifecycle-rules';
import type { ModerateOfferInput } from './moderation-schemas';
import { canModerateOffers } from './policy';
import { offerManagerEmails } from './queries';

/*
 * The national team's answers: unpublish any offer with a reason its host reads (the offer leaves
 * the search at once, and its host cannot republish it until the moderation is lifted), lift it,
 * or dismiss a report. Unpublishing handles every open report on the offer: they all asked for it.
 */

const FORBIDDEN = 'Seule l’équipe nationale modère les offres.';

type LockedOffer = { id: string; title: string; status: OfferStatus };

/**
 * Both moderation transitions: the admin only, on the offer's locked row, when the lifecycle
 * allows it; `change` writes and says what the offer's managers are told, then it is audited.
 */
async function moderationTransition(
  actor: SessionUser,
  offerId: string,
  transition: 'moderate' | 'lift_moderation',
  change: (tx: Db, offer: LockedOffer) => Promise<{ email: Email; details?: Record<string, unknown> }>,
  db?: Db,
): Promise<ActionResult> {
  if (!canModerateOffers(actor)) return fail('FORBIDDEN', FORBIDDEN);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [offer] = await tx
      .select({ id: offers.id, title: offers.title, status: offers.status, moderatedAt: offers.moderatedAt })
      .from(offers)
      .where(eq(offers.id, offerId))
      .for('update');
    if (!offer) return fail('NOT_FOUND', 'Offre introuvable.');
    const refusal = transitionRefusal({ status: offer.status, moderated: offer.moderatedAt !== null }, transition);
    if (refusal) return fail('TRANSITION_NOT_ALLOWED', refusal);
    const { email, details } = await change(tx, offer);
    await enqueueEmails(
      tx,
      (await offerManagerEmails(tx, [offer.id])).map(({ email: to }) => ({ to, email })),
    );
    await audit(tx, {
      actorId: actor.id,
      action: transition === 'moderate' ? 'offer.moderated' : 'offer.moderation_lifted',
      targetType: 'offer',
      targetId: offer.id,
      details,
    });
    return { ok: true, data: undefined };
  });
}

export async function moderateOffer(
  actor: SessionUser,
  { offerId, reason }: Pick<ModerateOfferInput, 'offerId' | 'reason'>,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult> {
  return moderationTransition(
    actor,
    offerId,
    'moderate',
    async (tx, offer) => {
      await tx
        .update(offers)
        .set({
          status: 'unpublished',
          moderatedAt: now,
          moderatedBy: actor.id,
          moderationReason: reason,
          updatedAt: now,
        })
        .where(eq(offers.id, offer.id));
      const handled = await tx
        .update(offerReports)
        .set({ handledAt: now, handledBy: actor.id })
        .where(and(eq(offerReports.offerId, offer.id), isNull(offerReports.handledAt)))
        .returning({ id: offerReports.id });
      return {
        email: emails.offerModerated({ offerTitle: offer.title, offerId: offer.id, reason }),
        details: { reason, wasPublished: offer.status === 'published', reportsHandled: handled.length },
      };
    },
    db,
  );
}

/** The offer stays unpublished: its host may now republish it. */
export async function liftModeration(
  actor: SessionUser,
  offerId: string,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult> {
  return moderationTransition(
    actor,
    offerId,
    'lift_moderation',
    async (tx, offer) => {
      await tx
        .update(offers)
        .set({ moderatedAt: null, moderatedBy: null, moderationReason: null, updatedAt: now })
        .where(eq(offers.id, offer.id));
      return { email: emails.offerModerationLifted({ offerTitle: offer.title, offerId: offer.id }) };
    },
    db,
  );
}

/** "Classer sans suite": the report is handled, the offer untouched; audited like every decision. */
export async function dismissReport(
  actor: SessionUser,
  reportId: string,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult> {
  if (!canModerateOffers(actor)) return fail('FORBIDDEN', FORBIDDEN);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [report] = await tx
      .update(offerReports)
      .set({ handledAt: now, handledBy: actor.id })
      .where(and(eq(offerReports.id, reportId), isNull(offerReports.handledAt)))
      .returning({ id: offerReports.id, offerId: offerReports.offerId });
    if (!report) return fail('ALREADY_DONE', 'Ce signalement est introuvable ou déjà traité.');
    await audit(tx, {
      actorId: actor.id,
      action: 'offer.report_dismissed',
      targetType: 'offer',
      targetId: report.offerId,
      details: { reportId: report.id },
    });
    return { ok: true as const, data: undefined };
  });
}
