import 'server-only';
import { and, eq, isNotNull, isNull, not } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { offerReports, offers, stateRepresentatives, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { consumeAttempt } from '@/lib/auth/rate-limit';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { territoryCovers } from '@/lib/representatives/scope';
import { usableAccount } from '@/lib/users/scope';
import type { ReportOfferInput } from './moderation-schemas';
import { offerVisibility } from './offer-page-queries';
import { canReportOffers } from './policy';
import { managedOffers } from './scope';

/*
 * "Signaler cette offre": anyone signed in reports a published offer they can read and do not
 * manage. One open report per person and offer (a second one adds nothing the first did not say);
 * a person reports at most RATE_LIMITS.offer_report an hour. The admin and the representatives
 * whose territory covers the offer are e-mailed on the offer's first open report only: later
 * reports join the lists until the admin handles them, so nobody's mailbox floods.
 */

export const REPORT_OFFER_NOT_FOUND = 'Offre introuvable, ou vous ne pouvez pas la signaler.';
export const ALREADY_REPORTED = 'Vous avez déjà signalé cette offre : l’équipe nationale l’examine.';
export const TOO_MANY_REPORTS = 'Vous avez envoyé beaucoup de signalements en peu de temps. Réessayez dans une heure.';

export async function reportOffer(
  actor: SessionUser,
  { offerId, reason }: ReportOfferInput,
  { ip, now = new Date() }: { ip: string; now?: Date },
  db?: Db,
): Promise<ActionResult> {
  if (!canReportOffers(actor)) return fail('FORBIDDEN', REPORT_OFFER_NOT_FOUND);
  db ??= await getDb();
  // Counted before the transaction (the counter has its own), refused attempts included: probing costs too.
  if (!(await consumeAttempt('offer_report', actor.id, ip, now, db))) return fail('RATE_LIMITED', TOO_MANY_REPORTS);
  const visible = await offerVisibility(actor, db);
  if (!visible) return fail('NOT_FOUND', REPORT_OFFER_NOT_FOUND);
  const managed = managedOffers(actor);
  return db.transaction(async (tx) => {
    // The row lock orders concurrent reports on one offer: one open report each, one round of e-mails.
    const [offer] = await tx
      .select({ id: offers.id, title: offers.title, commune: offers.commune, departmentCode: offers.departmentCode })
      .from(offers)
      .where(and(eq(offers.id, offerId), eq(offers.status, 'published'), visible, managed ? not(managed) : undefined))
      .for('update');
    if (!offer) return fail('NOT_FOUND', REPORT_OFFER_NOT_FOUND);
    const open = await tx
      .select({ reporterId: offerReports.reporterId })
      .from(offerReports)
      .where(and(eq(offerReports.offerId, offer.id), isNull(offerReports.handledAt)));
    if (open.some((report) => report.reporterId === actor.id)) return fail('ALREADY_DONE', ALREADY_REPORTED);
    const [report] = await tx
      .insert(offerReports)
      .values({ offerId: offer.id, reporterId: actor.id, reason, createdAt: now })
      .returning({ id: offerReports.id });
    await audit(tx, {
      actorId: actor.id,
      action: 'offer.reported',
      targetType: 'offer',
      targetId: offer.id,
      details: { reportId: report!.id },
    });
    if (open.length === 0) await tellReaders(tx, offer);
    return { ok: true, data: undefined };
  });
}

/** The admins, and the validated representatives whose territory covers the offer, each with their list. */
async function tellReaders(tx: Db, offer: { title: string; commune: string | null; departmentCode: string | null }) {
  const [admins, representatives] = await Promise.all([
    tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.role, 'admin'), usableAccount)),
    tx
      .select({ email: users.email })
      .from(stateRepresentatives)
      .innerJoin(users, eq(users.id, stateRepresentatives.userId))
      .where(
        and(
          isNotNull(stateRepresentatives.validatedAt),
          usableAccount,
          territoryCovers(stateRepresentatives.level, stateRepresentatives.territoryCode, offer.departmentCode),
        ),
      ),
  ]);
  const email = (listPath: string) =>
    emails.offerReported({ offerTitle: offer.title, commune: offer.commune, listPath });
  await enqueueEmails(tx, [
    ...admins.map(({ email: to }) => ({ to, email: email('/admin/signalements') })),
    ...representatives.map(({ email: to }) => ({ to, email: email('/pilotage/signalements') })),
  ]);
}
