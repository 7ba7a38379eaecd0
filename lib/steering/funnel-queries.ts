import 'server-only';
import { and, eq, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { agreements, applications, offers, pupils, schoolClasses, schools, steeringPupilFacts } from '@/db/schema';
import { withoutJit } from './queries';
import type { AreaRow, PlacedView, PupilFunnel, SteeringQuery } from './rules';
import { completedInternship, completedJoin, countedPupil, offerFilters, schoolFilters, schoolsOfView } from './scope';

/*
 * The pupils' funnel of a dashboard (pupils registered, authorised, with an application, placed,
 * completed): per department or school from the steering facts, per class of a school live.
 */

/**
 * The funnel of the view's pupils of the campaign per child: per department or per school from the
 * pupils' facts (pupils and authorised on the rows of any sector and side, the rest on the rows of
 * the filters'), per class of a school live (classFunnel).
 */
export async function funnel(
  db: Db,
  view: PlacedView,
  query: SteeringQuery,
  level: AreaRow['level'],
): Promise<Map<string, PupilFunnel>> {
  if (view.level === 'school') return classFunnel(db, view, query);
  const f = steeringPupilFacts;
  const any = and(eq(f.sectorKey, '*'), eq(f.kindKey, '*'))!;
  const filtered = and(eq(f.sectorKey, query.filters.sectorId ?? '*'), eq(f.kindKey, query.filters.kind ?? '*'))!;
  const sum = (column: AnyColumn, rows: SQL) => sql<number>`coalesce(sum(${column}) filter (where ${rows}), 0)::int`;
  const key = level === 'school' ? f.schoolId : f.departmentCode;
  const rows = await withoutJit(db, (tx) =>
    tx
      .select({
        key,
        pupils: sum(f.pupils, any),
        authorised: sum(f.authorised, any),
        withApplication: sum(f.withApplication, filtered),
        placed: sum(f.placed, filtered),
        completed: sum(f.completed, filtered),
      })
      .from(f)
      .where(
        and(
          eq(f.schoolYear, query.schoolYear),
          schoolsOfView(view, f.departmentCode),
          schoolFilters(query.filters, f.network),
          or(any, filtered),
        ),
      )
      .groupBy(key),
  );
  return new Map(rows.map(({ key: k, ...figures }) => [k, figures]));
}

/**
 * The funnel of a school's counted pupils per class of the campaign, live: the facts' definition
 * (facts-mutations.ts) on one school's rows, the filters applied to the applications directly.
 */
async function classFunnel(db: Db, view: PlacedView, query: SteeringQuery) {
  const key = sql<string>`${pupils.classId}`;
  const scoped = db
    .select({ id: pupils.userId })
    .from(pupils)
    .innerJoin(schools, eq(schools.id, pupils.schoolId))
    .where(and(schoolsOfView(view), schoolFilters(query.filters)));
  // Each pupil's applications of the campaign (on the filtered offers) folded into one row.
  const perPupil = db.$with('per_pupil').as(
    db
      .select({
        pupilId: sql<string>`${applications.pupilId}`.as('per_pupil_id'),
        placed: sql<boolean>`bool_or(${applications.status} = 'confirmed')`.as('per_pupil_placed'),
        completed: sql<boolean>`bool_or(${completedInternship})`.as('per_pupil_completed'),
      })
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .leftJoin(agreements, completedJoin)
      .where(
        and(
          eq(offers.schoolYear, query.schoolYear),
          offerFilters(query.filters),
          inArray(applications.pupilId, scoped),
        ),
      )
      .groupBy(applications.pupilId),
  );
  const rows = await withoutJit(db, (tx) =>
    tx
      .with(perPupil)
      .select({
        key,
        pupils: sql<number>`count(*)::int`,
        authorised: sql<number>`count(${pupils.parentalConsentAt})::int`,
        withApplication: sql<number>`count(${perPupil.pupilId})::int`,
        placed: sql<number>`(count(*) filter (where ${perPupil.placed}))::int`,
        completed: sql<number>`(count(*) filter (where ${perPupil.completed}))::int`,
      })
      .from(pupils)
      .innerJoin(
        schoolClasses,
        and(eq(schoolClasses.id, pupils.classId), eq(schoolClasses.schoolYear, query.schoolYear)),
      )
      .innerJoin(schools, eq(schools.id, pupils.schoolId))
      .leftJoin(perPupil, eq(perPupil.pupilId, pupils.userId))
      .where(and(schoolsOfView(view), schoolFilters(query.filters), countedPupil))
      .groupBy(key),
  );
  return new Map(rows.map(({ key: k, ...figures }) => [k, figures as PupilFunnel]));
}
