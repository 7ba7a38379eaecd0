import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { applicationEvents, applications, offers, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { formatWeek } from '@/lib/calendar/format';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { applicationEmails } from '@/lib/notifications/application-templates';
import { PENDING_STATUSES } from './availability';
import { managedOffers } from './scope';

/*
 * Seats held are the accepted and confirmed applications. Edits that could go below them, and the
 * acceptance of applications, take the offer's row lock first (select ... for update) so that
 * counting and writing happen as one step under any concurrency.
 */

/** The answer to an offer id the actor does not manage: the same whether it exists or not. */
export const OFFER_NOT_FOUND = 'Offre introuvable, ou vous n’en êtes pas responsable.';

/** The offer row, locked until the transaction ends, if the actor manages it. */
export async function lockManagedOffer(tx: Db, actor: SessionUser, offerId: string) {
  const scope = managedOffers(actor);
  if (!scope) return null;
  const [offer] = await tx
    .select({
      id: offers.id,
      status: offers.status,
      title: offers.title,
      schoolYear: offers.schoolYear,
      organisationId: offers.organisationId,
      moderatedAt: offers.moderatedAt,
    })
    .from(offers)
    .where(and(eq(offers.id, offerId), scope))
    .for('update');
  return offer ?? null;
}

const REASONS = {
  weekRemoved: 'La structure d’accueil a retiré cette semaine de son offre.',
  archived: 'La structure d’accueil a retiré cette offre.',
} as const;

/**
 * Cancels the applications still waiting for an answer on these weeks (all weeks when omitted),
 * records why in their history and tells each pupil, so nobody waits for an answer that will
 * never come. Accepted and confirmed applications are never touched here: callers refuse first.
 */
export async function cancelPendingApplications(
  tx: Db,
  actor: SessionUser,
  {
    offerId,
    title,
    weeks,
    reason,
  }: { offerId: string; title: string; weeks?: IsoDate[]; reason: keyof typeof REASONS },
): Promise<number> {
  const canceled = await tx
    .select({
      id: applications.id,
      pupilId: applications.pupilId,
      week: applications.week,
      status: applications.status,
    })
    .from(applications)
    .where(
      and(
        eq(applications.offerId, offerId),
        inArray(applications.status, [...PENDING_STATUSES]),
        weeks ? inArray(applications.week, weeks) : undefined,
      ),
    )
    .for('update');
  if (!canceled.length) return 0;
  const ids = canceled.map((row) => row.id);
  await tx
    .update(applications)
    .set({ status: 'canceled_by_host', cancellationReason: REASONS[reason], updatedAt: new Date() })
    .where(inArray(applications.id, ids));
  await tx.insert(applicationEvents).values(
    canceled.map((row) => ({
      applicationId: row.id,
      fromStatus: row.status,
      toStatus: 'canceled_by_host' as const,
      actorId: actor.id,
      note: REASONS[reason],
    })),
  );
  const pupils = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.id,
        canceled.map((row) => row.pupilId),
      ),
    );
  for (const row of canceled) {
    const pupil = pupils.find((candidate) => candidate.id === row.pupilId);
    if (pupil)
      await enqueueEmail(
        tx,
        pupil.email,
        applicationEmails.canceledByHost({ offerTitle: title, week: formatWeek(row.week), reason: REASONS[reason] }),
      );
  }
  return canceled.length;
}
