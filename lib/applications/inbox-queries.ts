import 'server-only';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applications, offers, pupils, schoolClasses, schools, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { pageCount, pageWindow } from '@/lib/pagination';
import { managedApplication, managedApplications } from './scope';
import type { ApplicationForHost, InboxParams, InboxRow } from './inbox-schemas';

/*
 * The host's side of applications: the inbox of the offers they manage, sorted, filtered and paged
 * by the database, and one application with the letter and the CV. Before the pupil confirms, the
 * host reads their first name and initial only: no surname, school, address or contact.
 */

const WAITING = ['submitted', 'read', 'accepted'] as const;

/** An inbox row: the pupil's first name and initial only. */
const ROW = {
  id: applications.id,
  offerId: offers.id,
  offerTitle: offers.title,
  week: applications.week,
  status: applications.status,
  pupilName: sql<string>`${users.firstName} || ' ' || left(${users.lastName}, 1) || '.'`,
  receivedAt: applications.createdAt,
};

const SORT_COLUMNS = {
  receivedAt: applications.createdAt,
  week: applications.week,
  offer: offers.title,
  status: applications.status,
} as const;

export async function listInbox(
  actor: SessionUser,
  params: InboxParams,
  db?: Db,
): Promise<{ rows: InboxRow[]; total: number; pageCount: number; weeks: IsoDate[]; unread: number } | null> {
  const scope = managedApplications(actor);
  if (!scope) return null;
  db ??= await getDb();
  const filters: SQL = and(
    scope,
    params.status === 'all'
      ? undefined
      : params.status
        ? eq(applications.status, params.status)
        : inArray(applications.status, [...WAITING]),
    params.week ? eq(applications.week, params.week) : undefined,
  )!;
  const window = pageWindow(params.page, 'applicationInbox');
  const order = params.dir === 'asc' ? asc : desc;
  // Two passes over the organisation's applications: the page's ids in order with the total
  // (count(*) over ()), and per week the applications and the unread ones (the week filter and the
  // badge); then the names for the page's rows only.
  // The offer's title is read only to sort by it.
  const ids = db
    .select({ id: applications.id, total: sql<number>`(count(*) over ())::int` })
    .from(applications)
    .$dynamic();
  const [page, perWeek] = await Promise.all([
    (params.sort === 'offer' ? ids.innerJoin(offers, eq(offers.id, applications.offerId)) : ids)
      .where(filters)
      .orderBy(order(SORT_COLUMNS[params.sort]), desc(applications.createdAt), asc(applications.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({
        week: applications.week,
        unread: sql<number>`(count(*) filter (where ${applications.status} = 'submitted'))::int`,
      })
      .from(applications)
      .where(scope)
      .groupBy(applications.week)
      .orderBy(asc(applications.week)),
  ]);
  const pageIds = page.map((row) => row.id);
  const found = pageIds.length
    ? await db
        .select(ROW)
        .from(applications)
        .innerJoin(offers, eq(offers.id, applications.offerId))
        .innerJoin(users, eq(users.id, applications.pupilId))
        .where(inArray(applications.id, pageIds))
    : [];
  // Past the last page no row carries the total: count it.
  const total =
    page[0]?.total ??
    (params.page > 1 ? (await db.select({ total: count() }).from(applications).where(filters))[0]!.total : 0);
  return {
    rows: pageIds.map((id) => found.find((row) => row.id === id)!),
    total,
    pageCount: pageCount(total, 'applicationInbox'),
    weeks: perWeek.map((row) => row.week),
    unread: perWeek.reduce((sum, row) => sum + row.unread, 0),
  };
}

/** New applications (not opened yet) to the offers the actor manages: the badge of the host's space. */
export async function countUnread(actor: SessionUser, db?: Db): Promise<number> {
  const scope = managedApplications(actor);
  if (!scope) return 0;
  db ??= await getDb();
  const [row] = await db
    .select({ unread: count() })
    .from(applications)
    .where(and(scope, eq(applications.status, 'submitted')));
  return row!.unread;
}

/** One application to an offer the actor manages, or null (the same whether it exists or not). */
export async function findApplicationForHost(
  actor: SessionUser,
  applicationId: string,
  db?: Db,
): Promise<ApplicationForHost | null> {
  const where = managedApplication(actor, applicationId);
  if (!where) return null;
  db ??= await getDb();
  const [row] = await db
    .select({
      ...ROW,
      motivation: applications.motivation,
      cv: applications.cv,
      rejectionReason: applications.rejectionReason,
      cancellationReason: applications.cancellationReason,
      fullName: sql<string>`${users.firstName} || ' ' || ${users.lastName}`,
      school: schools.name,
      className: schoolClasses.name,
    })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(users, eq(users.id, applications.pupilId))
    .innerJoin(pupils, eq(pupils.userId, applications.pupilId))
    .innerJoin(schools, eq(schools.id, pupils.schoolId))
    .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .where(where);
  if (!row) return null;
  const { fullName, school, className, ...application } = row;
  return {
    ...application,
    confirmedPupil: application.status === 'confirmed' ? { name: fullName, school, className } : null,
  };
}
