import 'server-only';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applications, offers, pupils, schoolClasses, schools, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { managedOffers } from '@/lib/offers/scope';
import { pageCount, pageWindow } from '@/lib/pagination';
import { managedApplication } from './scope';
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
  const scope = managedOffers(actor);
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
  const [rows, [totals], weeks, [unread]] = await Promise.all([
    db
      .select(ROW)
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .innerJoin(users, eq(users.id, applications.pupilId))
      .where(filters)
      .orderBy(order(SORT_COLUMNS[params.sort]), desc(applications.createdAt), asc(applications.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ total: count() })
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .where(filters),
    db
      .selectDistinct({ week: applications.week })
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .where(scope)
      .orderBy(asc(applications.week)),
    db
      .select({ unread: count() })
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .where(and(scope, eq(applications.status, 'submitted'))),
  ]);
  return {
    rows,
    total: totals!.total,
    pageCount: pageCount(totals!.total, 'applicationInbox'),
    weeks: weeks.map((row) => row.week),
    unread: unread!.unread,
  };
}

/** New applications (not opened yet) to the offers the actor manages: the badge of the host's space. */
export async function countUnread(actor: SessionUser, db?: Db): Promise<number> {
  const scope = managedOffers(actor);
  if (!scope) return 0;
  db ??= await getDb();
  const [row] = await db
    .select({ unread: count() })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
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
