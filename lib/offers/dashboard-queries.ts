import 'server-only';
import { and, count, eq, ilike, inArray, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applications, hostOrganisations, offers, offerWeeks } from '@/db/schema';
import { containsPattern } from '@/lib/text/fold';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import {
  DEFAULT_DASHBOARD_PARAMS,
  type DashboardParams,
  type DashboardRow,
  type DashboardSort,
  type SortDirection,
} from './dashboard-schemas';
import { futureWeekSql, PENDING_STATUSES, searchAbsence } from './availability';
import { pageCount, pageWindow } from '@/lib/pagination';
import { managedOffers } from './scope';

/*
 * The host and operator dashboard: one row per managed offer with its weeks, seats and pending
 * applications. The counts come from grouped subqueries joined once (not one query per offer) and
 * restricted to the offers listed, so every column sorts in SQL and a page costs two queries (the
 * count, then the rows) whatever the number of offers and applications.
 */

export interface DashboardPage {
  rows: DashboardRow[];
  total: number;
  /** The page shown: the one asked for, or the last one when the filters left fewer. */
  page: number;
  pageCount: number;
  /** Whether the actor manages any offer at all, archived included: "no offer yet" and "nothing matches" read differently. */
  hasOffers: boolean;
}

const EMPTY: DashboardPage = { rows: [], total: 0, page: 1, pageCount: 1, hasOffers: false };

export async function listManagedOffers(
  actor: SessionUser,
  params: DashboardParams,
  today: IsoDate,
  db?: Db,
): Promise<DashboardPage> {
  const scope = managedOffers(actor);
  if (!scope) return EMPTY;
  db ??= await getDb();
  const where = and(
    scope,
    params.status ? eq(offers.status, params.status) : ne(offers.status, 'archived'),
    params.q ? ilike(offers.title, containsPattern(params.q)) : undefined,
  )!;
  const [{ total }] = (await db.select({ total: count() }).from(offers).where(where)) as [{ total: number }];
  if (total === 0) return { ...EMPTY, hasOffers: (await db.$count(offers, scope)) > 0 };
  const pages = pageCount(total, 'offerDashboard');
  const page = Math.min(params.page, pages);
  const rows = await selectRows(db, where, today, params, pageWindow(page, 'offerDashboard'));
  return { rows, total, page, pageCount: pages, hasOffers: true };
}

/** Every managed offer, archived ones included, for the CSV export (most recently edited first). */
export async function exportManagedOffers(actor: SessionUser, today: IsoDate, db?: Db): Promise<DashboardRow[]> {
  const scope = managedOffers(actor);
  if (!scope) return [];
  db ??= await getDb();
  return selectRows(db, scope, today, DEFAULT_DASHBOARD_PARAMS);
}

/** Sorts on the offer's own columns: the page can be cut before anything is counted. */
const OFFER_SORTS: Record<'title' | 'status' | 'updatedAt', SQLWrapper[]> = {
  // lower(): the same order on every collation (PGlite's C and a server's fr_FR or en_US).
  title: [sql`lower(${offers.title})`],
  status: [offers.status],
  updatedAt: [offers.updatedAt],
};

// Offers without a week to come sort last both ways; the id makes pages stable between requests.
const ordered = (exprs: SQLWrapper[], dir: SortDirection) => [
  ...exprs.map((expr) => sql`${expr} ${sql.raw(dir)} nulls last`),
  sql`${offers.id} asc`,
];

async function selectRows(
  db: Db,
  where: SQL,
  today: IsoDate,
  { sort, dir }: { sort: DashboardSort; dir: SortDirection },
  window?: { limit: number; offset: number },
): Promise<DashboardRow[]> {
  const offerSorts: Partial<Record<DashboardSort, SQLWrapper[]>> = OFFER_SORTS;
  const offerSort = offerSorts[sort];
  // The offers whose weeks and applications are counted: the page alone when the sort allows it
  // (a large organisation's default view then counts 20 offers, not all of them), else the whole list.
  const listed =
    offerSort && window
      ? db
          .select({ id: offers.id })
          .from(offers)
          .where(where)
          .orderBy(...ordered(offerSort, dir))
          .limit(window.limit)
          .offset(window.offset)
      : db.select({ id: offers.id }).from(offers).where(where);

  // A week to come is open while it holds fewer pupils than seats per week (the counters of migration 0007).
  const weeks = db
    .select({
      offerId: offerWeeks.offerId,
      future: sql<number>`count(*)::int`.as('future_weeks'),
      withSeat: sql<number>`(count(*) filter (where ${offerWeeks.seatsHeld} < ${offers.seatsPerWeek}))::int`.as(
        'future_weeks_with_seat',
      ),
      next: sql<IsoDate>`min(${offerWeeks.week})`.mapWith(offerWeeks.week).as('next_week'),
    })
    .from(offerWeeks)
    .innerJoin(offers, eq(offers.id, offerWeeks.offerId))
    .where(and(inArray(offerWeeks.offerId, listed), futureWeekSql(offerWeeks.week, today)))
    .groupBy(offerWeeks.offerId)
    .as('weeks');
  const counts = db
    .select({
      offerId: applications.offerId,
      toAnswer: sql<number>`count(*)::int`.as('to_answer'),
    })
    .from(applications)
    .where(and(inArray(applications.offerId, listed), inArray(applications.status, [...PENDING_STATUSES])))
    .groupBy(applications.offerId)
    .as('counts');

  const futureWeeks = sql<number>`coalesce(${weeks.future}, 0)`;
  const toAnswer = sql<number>`coalesce(${counts.toAnswer}, 0)`;
  const sortBy: Record<DashboardSort, SQLWrapper[]> = {
    ...OFFER_SORTS,
    nextWeek: [weeks.next],
    seats: [offers.seatsHeld, offers.seatsPerYear],
    toAnswer: [toAnswer],
  };

  const query = db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      organisationName: hostOrganisations.name,
      organisationSuspended: sql<boolean>`${hostOrganisations.suspendedAt} is not null`,
      weeks: futureWeeks,
      futureWeeksWithSeat: sql<number>`coalesce(${weeks.withSeat}, 0)`,
      nextWeek: weeks.next,
      seatsHeld: offers.seatsHeld,
      seatsPerYear: offers.seatsPerYear,
      seatsPerWeek: offers.seatsPerWeek,
      toAnswer,
      isReserved: offers.isReserved,
      updatedAt: offers.updatedAt,
      moderationReason: offers.moderationReason,
    })
    .from(offers)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .leftJoin(weeks, eq(weeks.offerId, offers.id))
    .leftJoin(counts, eq(counts.offerId, offers.id))
    .where(where)
    .orderBy(...ordered(sortBy[sort], dir));
  const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;

  return rows.map(({ futureWeeksWithSeat, organisationSuspended, ...row }) => ({
    ...row,
    outOfSearch: searchAbsence({
      status: row.status,
      organisationSuspended,
      futureWeeks: row.weeks,
      futureWeeksWithSeat,
      seatsHeld: row.seatsHeld,
      seatsPerYear: row.seatsPerYear,
    }),
  }));
}
