import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { applications, offers } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { moveApplications, tellPupils } from '@/lib/applications/transition-mutations';
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
 * `actorId` is null when an operator's tool acts through the partner API (no person signed in).
 */
export async function cancelPendingApplications(
  tx: Db,
  actorId: string | null,
  { offerId, weeks, reason }: { offerId: string; weeks?: IsoDate[]; reason: keyof typeof REASONS },
): Promise<number> {
  const canceled = await moveApplications(
    tx,
    and(eq(applications.offerId, offerId), weeks ? inArray(applications.week, weeks) : undefined)!,
    'canceled_by_host',
    { actorId, note: REASONS[reason], from: PENDING_STATUSES, set: { cancellationReason: REASONS[reason] } },
  );
  await tellPupils(tx, canceled, (application) =>
    applicationEmails.canceledByHost({ ...application.about, reason: REASONS[reason] }),
  );
  return canceled.length;
}
