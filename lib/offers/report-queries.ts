import 'server-only';
import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, offerReports, offers, users } from '@/db/schema';
import type { offerStatus, userRole } from '@/db/schema/enums';
import { isAdmin } from '@/lib/admin/policy';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { pageWindow } from '@/lib/pagination';
import { territoryCovers } from '@/lib/representatives/scope';
import { canReadOfferReports } from './policy';

/*
 * Reports of offers, for those who read them: the admin, every report; a validated representative,
 * the reports on offers of their territory (read only). Newest first, a page at a time.
 */

export interface ReportRow {
  id: string;
  reason: string;
  createdAt: Date;
  handledAt: Date | null;
  /** The reporter's profile, never their name: the reason is what matters (null once the account is deleted). */
  reporterRole: (typeof userRole.enumValues)[number] | null;
  offer: {
    id: string;
    title: string;
    commune: string | null;
    organisationName: string;
    status: (typeof offerStatus.enumValues)[number];
    isReserved: boolean;
    moderated: boolean;
  };
}

/** The reports this reader may see, as a WHERE clause; null when none. */
function readableReports(actor: SessionUser): SQL | undefined | null {
  if (!canReadOfferReports(actor)) return null;
  if (isAdmin(actor)) return undefined;
  return territoryCovers(actor.scope!.level, actor.scope!.code, offers.departmentCode);
}

export async function listOfferReports(
  actor: SessionUser,
  { handled, page = 1 }: { handled: boolean; page?: number },
  db?: Db,
): Promise<{ rows: ReportRow[]; total: number }> {
  const scope = readableReports(actor);
  if (scope === null) return { rows: [], total: 0 };
  db ??= await getDb();
  const where = and(handled ? isNotNull(offerReports.handledAt) : isNull(offerReports.handledAt), scope);
  const { limit, offset } = pageWindow(page, 'offerReports');
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: offerReports.id,
        reason: offerReports.reason,
        createdAt: offerReports.createdAt,
        handledAt: offerReports.handledAt,
        reporterRole: users.role,
        offerId: offers.id,
        title: offers.title,
        commune: offers.commune,
        organisationName: hostOrganisations.name,
        status: offers.status,
        isReserved: offers.isReserved,
        moderated: sql<boolean>`${offers.moderatedAt} is not null`,
      })
      .from(offerReports)
      .innerJoin(offers, eq(offers.id, offerReports.offerId))
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
      .leftJoin(users, eq(users.id, offerReports.reporterId))
      .where(where)
      .orderBy(desc(offerReports.createdAt), desc(offerReports.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ total: count() })
      .from(offerReports)
      .innerJoin(offers, eq(offers.id, offerReports.offerId))
      .where(where),
  ]);
  return {
    rows: rows.map(({ offerId, title, commune, organisationName, status, isReserved, moderated, ...report }) => ({
      ...report,
      offer: { id: offerId, title, commune, organisationName, status, isReserved, moderated },
    })),
    total: totals[0]?.total ?? 0,
  };
}

/** The open reports on one offer, oldest first, for the admin deciding on it. */
export async function listOpenReportsOnOffer(
  actor: SessionUser,
  offerId: string,
  db?: Db,
): Promise<{ id: string; reason: string; createdAt: Date }[]> {
  if (!isAdmin(actor) || !isUuid(offerId)) return [];
  db ??= await getDb();
  return db
    .select({ id: offerReports.id, reason: offerReports.reason, createdAt: offerReports.createdAt })
    .from(offerReports)
    .where(and(eq(offerReports.offerId, offerId), isNull(offerReports.handledAt)))
    .orderBy(offerReports.createdAt);
}

/** When the viewer reported this offer, if their report is still open (the page then says so instead of the form). */
export async function ownOpenReport(actor: SessionUser, offerId: string, db?: Db): Promise<Date | null> {
  if (!isUuid(offerId)) return null;
  db ??= await getDb();
  const [report] = await db
    .select({ createdAt: offerReports.createdAt })
    .from(offerReports)
    .where(
      and(eq(offerReports.offerId, offerId), eq(offerReports.reporterId, actor.id), isNull(offerReports.handledAt)),
    );
  return report?.createdAt ?? null;
}

/** The admin's home: how many reports wait. */
export async function countOpenReports(actor: SessionUser, db?: Db): Promise<number> {
  if (!isAdmin(actor)) return 0;
  db ??= await getDb();
  return db.$count(offerReports, isNull(offerReports.handledAt));
}
