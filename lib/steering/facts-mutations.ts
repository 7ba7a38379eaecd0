import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { rowsOf } from '@/db/migrate';
import { getDb, type Db } from '@/db/client';
import {
  agreements,
  applications,
  classInternshipWeeks,
  hostOrganisations,
  offers,
  offerWeeks,
  pupils,
  schoolClasses,
  schools,
  steeringApplicationFacts,
  steeringOfferFacts,
  steeringPupilFacts,
  steeringRefreshes,
  steeringWeekDemandFacts,
  steeringWeekSupplyFacts,
} from '@/db/schema';
import { holdsSeat } from '@/lib/offers/availability';
import { livePupil } from '@/lib/pupils/scope';
import {
  applicationCounts,
  completedInternship,
  completedJoin,
  countedPupil,
  postedOffer,
  seatsOffered,
} from './scope';

/*
 * Rebuilding the steering facts (db/schema/steering.ts) from the live tables: every table deleted
 * and written again in one transaction, so a dashboard reads either the previous facts or the new
 * ones, never a mix, and is never blocked (a delete takes no lock that readers wait for). On the
 * national dataset of bench:dashboards this takes a few seconds on PostgreSQL, once per ~45 s for
 * the whole platform, where grouping the live tables cost every first visit of every view 0.2 to
 * 1.9 s. Instances take turns through an advisory lock.
 */

/** Any constant: the advisory lock key that keeps two instances from rebuilding at once. */
export const REFRESH_LOCK = 1_400_814;

const isPublic = sql<boolean>`${hostOrganisations.kind} = 'public'`;
const count = sql<number>`count(*)::int`;

/**
 * Rebuilds every steering fact, unless another instance holds the lock (`wait` false: returns
 * null at once) or the facts are younger than `unlessYoungerThanMs` (returns their time). Waiting
 * for the lock, then finding them fresh, is how a reader that found them too old shares the
 * rebuild another instance was doing. Returns the facts' time.
 */
export async function refreshSteeringFacts(
  { wait = true, unlessYoungerThanMs = 0 }: { wait?: boolean; unlessYoungerThanMs?: number } = {},
  db?: Db,
): Promise<Date | null> {
  const database = db ?? (await getDb());
  const refreshed = await database.transaction(async (tx) => {
    if (wait) await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
    else {
      const [row] = rowsOf<{ locked: boolean }>(
        await tx.execute(sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as locked`),
      );
      if (!row?.locked) return null;
    }
    if (unlessYoungerThanMs > 0) {
      const [recent] = await tx
        .select({ at: steeringRefreshes.refreshedAt })
        .from(steeringRefreshes)
        .where(
          sql`${steeringRefreshes.refreshedAt} > clock_timestamp() - ${unlessYoungerThanMs} * interval '1 millisecond'`,
        );
      if (recent) return { at: recent.at, rebuilt: false };
    }
    // Grouped queries over the national tables: compiling their plans would cost more than running them.
    await tx.execute(sql`set local jit = off`);
    const [{ startedAt }] = rowsOf<{ startedAt: string }>(
      await tx.execute(sql`select clock_timestamp()::text as "startedAt"`),
    ) as [{ startedAt: string }];
    const started = performance.now();
    await rebuild(tx as unknown as Db);
    const durationMs = Math.round(performance.now() - started);
    const refreshedAt = new Date(startedAt);
    await tx
      .insert(steeringRefreshes)
      .values({ id: 1, refreshedAt, durationMs })
      .onConflictDoUpdate({ target: steeringRefreshes.id, set: { refreshedAt, durationMs } });
    return { at: refreshedAt, rebuilt: true };
  });
  // The previous rows, dead since the commit, made reusable for the next rebuild: without it each
  // rebuild's whole tables stay behind until autovacuum, and every national read scans them too.
  if (refreshed?.rebuilt) await database.execute(sql`vacuum ${sql.join(FACT_TABLES, sql`, `)}`);
  return refreshed?.at ?? null;
}

const FACT_TABLES = [
  steeringOfferFacts,
  steeringApplicationFacts,
  steeringPupilFacts,
  steeringWeekSupplyFacts,
  steeringWeekDemandFacts,
];

async function rebuild(db: Db): Promise<void> {
  for (const table of FACT_TABLES) await db.delete(table);
  await insertFacts(db);
  // Statistics of the new rows, in the same transaction: planned on the previous rebuild's (or on
  // an empty table's, the first time), the dashboards' reads would take the wrong paths.
  for (const table of FACT_TABLES) await db.execute(sql`analyze ${table}`);
}

async function insertFacts(db: Db): Promise<void> {
  // Offers, every status: posted ones count as offers and seats, all of them for their placements.
  const confirmedPerOffer = db.$with('confirmed_per_offer').as(
    db
      .select({
        offerId: sql<string>`${applications.offerId}`.as('confirmed_offer_id'),
        n: sql<number>`count(*)`.as('n'),
      })
      .from(applications)
      .where(eq(applications.status, 'confirmed'))
      .groupBy(applications.offerId),
  );
  const posted = sql<boolean>`${postedOffer}`;
  await db.insert(steeringOfferFacts).select(
    db
      .with(confirmedPerOffer)
      .select({
        schoolYear: offers.schoolYear,
        departmentCode: offers.departmentCode,
        isPublic: sql<boolean>`${isPublic}`.as('is_public'),
        sectorId: offers.sectorId,
        ministryId: offers.ministryId,
        paqteGroupId: offers.paqteGroupId,
        posted: sql<boolean>`${posted}`.as('posted'),
        offers: sql<number>`${count}`.as('offers'),
        seatsOffered: sql<number>`coalesce(sum(${seatsOffered}), 0)::int`.as('seats_offered'),
        seatsHeld: sql<number>`coalesce(sum(${offers.seatsHeld}), 0)::int`.as('seats_held'),
        placements: sql<number>`coalesce(sum(${confirmedPerOffer.n}), 0)::int`.as('placements'),
      })
      .from(offers)
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
      .leftJoin(confirmedPerOffer, eq(confirmedPerOffer.offerId, offers.id))
      // By position: `posted` holds parameters, which PostgreSQL would not match with the selected expression's.
      .groupBy(sql`1, 2, 3, 4, 5, 6, 7`),
  );

  // Applications, all sent: confirmed (now: a cancelled one never counts) and completed among them.
  await db.insert(steeringApplicationFacts).select(
    db
      .select({
        schoolYear: offers.schoolYear,
        departmentCode: schools.departmentCode,
        network: schools.network,
        sectorId: offers.sectorId,
        isPublic: sql<boolean>`${isPublic}`.as('is_public'),
        ministryId: offers.ministryId,
        gender: pupils.gender,
        applications: applicationCounts.applications.as('applications'),
        confirmed: applicationCounts.confirmed.as('confirmed'),
        completed: applicationCounts.completed.as('completed'),
      })
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
      .innerJoin(pupils, eq(pupils.userId, applications.pupilId))
      .innerJoin(schools, eq(schools.id, pupils.schoolId))
      .leftJoin(agreements, completedJoin)
      .groupBy(
        offers.schoolYear,
        schools.departmentCode,
        schools.network,
        offers.sectorId,
        isPublic,
        offers.ministryId,
        pupils.gender,
      ),
  );

  // The funnel: each pupil's applications of their class's campaign folded per sector and side
  // (grouping sets: any, each sector, each side, both), then counted per school.
  await db.execute(sql`
    insert into ${steeringPupilFacts} (school_year, school_id, department_code, network, sector_key, kind_key,
      pupils, authorised, with_application, placed, completed)
    with per_pupil as (
      select ${applications.pupilId} as pupil_id, ${offers.schoolYear} as school_year,
        case when grouping(${offers.sectorId}) = 1 then '*' else coalesce(${offers.sectorId}::text, '') end as sector_key,
        case when grouping(${isPublic}) = 1 then '*' when ${isPublic} then 'public' else 'private' end as kind_key,
        bool_or(${applications.status} = 'confirmed') as placed,
        bool_or(${completedInternship}) as completed
      from ${applications}
      join ${offers} on ${offers.id} = ${applications.offerId}
      join ${hostOrganisations} on ${hostOrganisations.id} = ${offers.organisationId}
      left join ${agreements} on ${completedJoin}
      group by grouping sets (
        (${applications.pupilId}, ${offers.schoolYear}),
        (${applications.pupilId}, ${offers.schoolYear}, ${offers.sectorId}),
        (${applications.pupilId}, ${offers.schoolYear}, ${isPublic}),
        (${applications.pupilId}, ${offers.schoolYear}, ${offers.sectorId}, ${isPublic}))
    )
    select ${schoolClasses.schoolYear}, ${schools.id}, ${schools.departmentCode}, ${schools.network},
      coalesce(per_pupil.sector_key, '*'), coalesce(per_pupil.kind_key, '*'),
      (count(*) filter (where per_pupil.sector_key is null or (per_pupil.sector_key = '*' and per_pupil.kind_key = '*')))::int,
      (count(${pupils.parentalConsentAt}) filter (where per_pupil.sector_key is null
        or (per_pupil.sector_key = '*' and per_pupil.kind_key = '*')))::int,
      count(per_pupil.pupil_id)::int,
      (count(*) filter (where per_pupil.placed))::int,
      (count(*) filter (where per_pupil.completed))::int
    from ${pupils}
    join ${schoolClasses} on ${schoolClasses.id} = ${pupils.classId}
    join ${schools} on ${schools.id} = ${pupils.schoolId}
    left join per_pupil on per_pupil.pupil_id = ${pupils.userId} and per_pupil.school_year = ${schoolClasses.schoolYear}
    where ${countedPupil}
    group by 1, 2, 3, 4, 5, 6`);

  // Supply per week: the seats of posted offers that week, and those still free (availability.ts
  // seatsLeft: the week's seats less those held, bounded by what is left of the year's).
  await db.insert(steeringWeekSupplyFacts).select(
    db
      .select({
        schoolYear: offers.schoolYear,
        departmentCode: offers.departmentCode,
        isPublic: sql<boolean>`${isPublic}`.as('is_public'),
        sectorId: offers.sectorId,
        week: offerWeeks.week,
        seatsOffered: sql<number>`sum(${offers.seatsPerWeek})::int`.as('seats_offered'),
        seatsFree: sql<number>`sum(greatest(0, least(${offers.seatsPerWeek} - ${offerWeeks.seatsHeld},
          ${offers.seatsPerYear} - ${offers.seatsHeld})))::int`.as('seats_free'),
      })
      .from(offerWeeks)
      .innerJoin(offers, eq(offers.id, offerWeeks.offerId))
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
      .where(postedOffer)
      .groupBy(offers.schoolYear, offers.departmentCode, isPublic, offers.sectorId, offerWeeks.week),
  );

  // Demand per week, as the week pickers count it (classWeeks, lib/offers/demand-queries.ts): the
  // live pupils of registered schools' classes taking the week, and those without a seat held that
  // very week. A pupil is in one class and a class takes a week once: no distinct needed.
  const placedInWeek = sql<number>`(select count(*) from ${pupils} where ${pupils.classId} = ${classInternshipWeeks.classId}
    and ${livePupil} and exists (select 1 from ${applications} where ${applications.pupilId} = ${pupils.userId}
    and ${applications.week} = ${classInternshipWeeks.week} and ${holdsSeat()}))`;
  const livePupils = sql<number>`(select count(*) from ${pupils} where ${pupils.classId} = ${classInternshipWeeks.classId} and ${livePupil})`;
  await db.insert(steeringWeekDemandFacts).select(
    db
      .select({
        schoolYear: schoolClasses.schoolYear,
        departmentCode: schools.departmentCode,
        network: schools.network,
        week: classInternshipWeeks.week,
        schools: sql<number>`count(distinct ${schools.id})::int`.as('schools'),
        pupils: sql<number>`coalesce(sum(${livePupils}), 0)::int`.as('pupils'),
        pupilsWithoutPlacement: sql<number>`coalesce(sum(${livePupils} - ${placedInWeek}), 0)::int`.as(
          'pupils_without_placement',
        ),
      })
      .from(classInternshipWeeks)
      .innerJoin(schoolClasses, eq(schoolClasses.id, classInternshipWeeks.classId))
      .innerJoin(schools, and(eq(schools.id, schoolClasses.schoolId), isNotNull(schools.registeredAt)))
      .groupBy(schoolClasses.schoolYear, schools.departmentCode, schools.network, classInternshipWeeks.week),
  );
}
