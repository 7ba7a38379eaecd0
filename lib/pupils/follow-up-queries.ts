import 'server-only';
import { and, asc, eq, inArray, isNull, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  agreements,
  applications,
  classInternshipWeeks,
  hostOrganisations,
  offers,
  pupils,
  schoolClasses,
  users,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { canFollowSchool } from '@/lib/classes/policy';
import { findStaffClass } from '@/lib/classes/queries';
import { followedClasses } from '@/lib/classes/scope';
import { futureWeekSql, HOLDING_STATUSES, PENDING_STATUSES } from '@/lib/offers/availability';
import { pageCount, pageWindow } from '@/lib/pagination';
import {
  ALERT_DAYS,
  BEST_STATES,
  type FollowUpFigures,
  type FollowUpParams,
  type FollowUpRow,
  type FollowUpSort,
} from './follow-up-schemas';
import { livePupil } from './scope';

/*
 * The pupils' follow-up: one row per pupil of the classes the actor follows, with their parental
 * authorisation, the applications they sent and their best one. The best application is picked in
 * SQL (distinct on, by state then week), so the list sorts, filters and pages in the database, and
 * a page costs one query whatever the number of pupils and applications.
 */

export interface FollowUpPage {
  rows: FollowUpRow[];
  total: number;
  /** The page shown: the one asked for, or the last one when the filters left fewer. */
  page: number;
  pageCount: number;
}

/**
 * The classes listed, or null when the actor may not see them: a class they follow (any school year,
 * as its page), or without one every class of the current campaign for school-wide staff.
 */
async function followUpScope(actor: SessionUser, classId: string, today: IsoDate, db: Db): Promise<SQL | null> {
  const scope = followedClasses(actor);
  if (!scope || !actor.schoolId) return null;
  if (classId) return (await findStaffClass(actor, classId, db)) ? and(scope, eq(schoolClasses.id, classId))! : null;
  if (!canFollowSchool(actor, actor.schoolId)) return null;
  return and(scope, eq(schoolClasses.schoolYear, currentOrUpcomingSchoolYear(today)))!;
}

/** One page of the follow-up; null when the actor may not follow these pupils. */
export async function listFollowUp(
  actor: SessionUser,
  params: FollowUpParams,
  today: IsoDate,
  db?: Db,
): Promise<FollowUpPage | null> {
  db ??= await getDb();
  const scope = await followUpScope(actor, params.classId, today, db);
  if (!scope) return null;
  let page = params.page;
  let found = await selectRows(db, scope, today, params, pageWindow(page, 'pupilFollowUp'));
  if (found.rows.length === 0 && page > 1) {
    // Past the end (the filters left fewer pupils): the first page's count tells which page is the last.
    page = pageCount(
      (await selectRows(db, scope, today, params, pageWindow(1, 'pupilFollowUp'))).total,
      'pupilFollowUp',
    );
    found = await selectRows(db, scope, today, params, pageWindow(page, 'pupilFollowUp'));
  }
  return { ...found, page, pageCount: pageCount(found.total, 'pupilFollowUp') };
}

/** Every row of the follow-up with the same filters and sort, for the CSV export; null as listFollowUp. */
export async function exportFollowUp(
  actor: SessionUser,
  params: FollowUpParams,
  today: IsoDate,
  db?: Db,
): Promise<FollowUpRow[] | null> {
  db ??= await getDb();
  const scope = await followUpScope(actor, params.classId, today, db);
  if (!scope) return null;
  return (await selectRows(db, scope, today, params)).rows;
}

export interface ClassFigures extends FollowUpFigures {
  classId: string;
  className: string;
}

/**
 * The headline figures of each class listed (whatever the state filter) and their total: pupils,
 * parental authorisations, pupils with at least one application, pupils placed (a confirmed one).
 */
export async function followUpFigures(
  actor: SessionUser,
  classId: string,
  today: IsoDate,
  db?: Db,
): Promise<{ classes: ClassFigures[]; total: FollowUpFigures } | null> {
  db ??= await getDb();
  const scope = await followUpScope(actor, classId, today, db);
  if (!scope) return null;
  const applied = sql`exists (select 1 from ${applications} where ${applications.pupilId} = ${pupils.userId})`;
  const placed = sql`exists (select 1 from ${applications} where ${applications.pupilId} = ${pupils.userId} and ${applications.status} = 'confirmed')`;
  const classes = await db
    .select({
      classId: schoolClasses.id,
      className: schoolClasses.name,
      pupils: sql<number>`count(${pupils.userId})::int`,
      authorised: sql<number>`count(${pupils.parentalConsentAt})::int`,
      withApplication: sql<number>`(count(${pupils.userId}) filter (where ${applied}))::int`,
      placed: sql<number>`(count(${pupils.userId}) filter (where ${placed}))::int`,
    })
    .from(schoolClasses)
    .leftJoin(pupils, and(eq(pupils.classId, schoolClasses.id), eq(pupils.schoolId, schoolClasses.schoolId), livePupil))
    .where(scope)
    .groupBy(schoolClasses.id, schoolClasses.name)
    .orderBy(sql`lower(${schoolClasses.name})`, asc(schoolClasses.id));
  const total: FollowUpFigures = { pupils: 0, authorised: 0, withApplication: 0, placed: 0 };
  for (const row of classes) for (const key of Object.keys(total) as (keyof FollowUpFigures)[]) total[key] += row[key];
  return { classes, total };
}

/**
 * The best application's rank: an index of BEST_STATES (0, none, is a pupil without any of these);
 * a confirmed internship whose convention records it completed ranks above the others.
 */
const completedInternship = sql`exists (select 1 from ${agreements} where ${agreements.applicationId} = ${applications.id} and ${agreements.outcome} = 'completed')`;
const RANK = sql<number>`case when ${applications.status} = 'confirmed' and ${completedInternship} then 4 when ${applications.status} = 'confirmed' then 3 when ${applications.status} = 'accepted' then 2 else 1 end`;

async function selectRows(
  db: Db,
  scope: SQL,
  today: IsoDate,
  { state, sort, dir }: Pick<FollowUpParams, 'state' | 'sort' | 'dir'>,
  window?: { limit: number; offset: number },
): Promise<{ rows: FollowUpRow[]; total: number }> {
  // The pupils listed, so that only their applications are read (the index on applications.pupil_id).
  const listed = db
    .select({ id: pupils.userId })
    .from(pupils)
    .innerJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .where(scope);
  const best = db
    .selectDistinctOn([applications.pupilId], {
      pupilId: applications.pupilId,
      rank: sql<number>`${RANK}`.as('best_rank'),
      week: sql<IsoDate>`${applications.week}`.mapWith(applications.week).as('best_week'),
      host: sql<string>`${hostOrganisations.name}`.as('best_host'),
    })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .where(
      and(
        inArray(applications.pupilId, listed),
        inArray(applications.status, [...PENDING_STATUSES, ...HOLDING_STATUSES]),
      ),
    )
    .orderBy(applications.pupilId, sql`${RANK} desc`, asc(applications.week), asc(applications.createdAt))
    .as('best');
  const sent = db
    .select({ pupilId: applications.pupilId, count: sql<number>`count(*)::int`.as('sent_count') })
    .from(applications)
    .where(inArray(applications.pupilId, listed))
    .groupBy(applications.pupilId)
    .as('sent');
  const next = db
    .select({
      classId: classInternshipWeeks.classId,
      week: sql<IsoDate>`min(${classInternshipWeeks.week})`.mapWith(classInternshipWeeks.week).as('first_week'),
    })
    .from(classInternshipWeeks)
    .innerJoin(schoolClasses, eq(schoolClasses.id, classInternshipWeeks.classId))
    .where(and(scope, futureWeekSql(classInternshipWeeks.week, today)))
    .groupBy(classInternshipWeeks.classId)
    .as('next');

  const rank = sql<number>`coalesce(${best.rank}, 0)`;
  const sentCount = sql<number>`coalesce(${sent.count}, 0)`;
  const alert = sql<boolean>`coalesce(${sentCount} = 0 and ${next.week} - ${today}::date <= ${ALERT_DAYS}, false)`;
  const name = [sql`lower(${users.lastName})`, sql`lower(${users.firstName})`];
  const sortBy: Record<FollowUpSort, SQLWrapper[]> = {
    pupil: name,
    class: [sql`lower(${schoolClasses.name})`],
    consent: [sql`${pupils.parentalConsentAt} is not null`, pupils.parentalConsentAt],
    applications: [sentCount],
    state: [rank],
    week: [best.week],
    host: [sql`lower(${best.host})`],
  };

  const query = db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      classId: schoolClasses.id,
      className: schoolClasses.name,
      consentAt: pupils.parentalConsentAt,
      applications: sentCount,
      rank,
      week: best.week,
      host: best.host,
      alert,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(pupils)
    .innerJoin(users, eq(users.id, pupils.userId))
    .innerJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .leftJoin(best, eq(best.pupilId, pupils.userId))
    .leftJoin(sent, eq(sent.pupilId, pupils.userId))
    .leftJoin(next, eq(next.classId, schoolClasses.id))
    .where(
      and(
        scope,
        eq(pupils.schoolId, schoolClasses.schoolId),
        isNull(users.deletedAt),
        ne(users.status, 'pending'),
        state ? sql`${rank} = ${BEST_STATES.indexOf(state)}` : undefined,
      ),
    )
    // Rows without a week or host sort last both ways; the name, then the id, keep pages stable.
    .orderBy(
      ...sortBy[sort].map((expr) => sql`${expr} ${sql.raw(dir)} nulls last`),
      ...name.map((expr) => sql`${expr} asc`),
      asc(users.id),
    );
  const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;
  return {
    rows: rows.map(({ rank: r, total: _total, ...row }) => ({ ...row, state: BEST_STATES[r] ?? 'none' })),
    total: rows[0]?.total ?? 0,
  };
}
