import 'server-only';
import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  agreements,
  applications,
  offers,
  pupils,
  schoolClasses,
  schools,
  sectors,
  steeringApplicationFacts,
} from '@/db/schema';
import { funnel } from './funnel-queries';
import { childTerritories, offersByDepartment } from './indicator-queries';
import { readFigures, withoutJit, type SteeringReader } from './queries';
import {
  addCounts,
  childLevel,
  NO_GENDER,
  NO_OFFERS,
  NO_PUPILS,
  seatFill,
  type ApplicationFigures,
  type AreaFigures,
  type AreaRow,
  type Figures,
  type PlacedView,
  type PupilFunnel,
  type PupilView,
  type SectorGenderTable,
  type SteeringQuery,
  type SteeringView,
} from './rules';
import { applicationCounts, completedJoin, offerFilters, offersOfView, schoolFilters, schoolsOfView } from './scope';

/*
 * The pupils' side of the dashboards. Applications and internships count where the pupil is: by
 * their school's department (the technical note's regional dashboard follows the territory's pupils,
 * whose targets the offers serve), whatever the place of the offer; a ministry's view counts those
 * to its offers instead. A campaign's applications are those to its offers (offers.school_year);
 * its pupils those of its classes (school_classes.school_year).
 */

/**
 * Applications (all sent, whatever became of them), internships confirmed (status confirmed now: a
 * cancelled one never counts) and completed (convention outcome), by the offer's sector and the
 * pupil's gender, the not stated apart. One grouped query.
 */
export function applicationFigures(
  actor: SteeringReader,
  view: SteeringView,
  query: SteeringQuery,
  db?: Db,
): Promise<Figures<ApplicationFigures> | null> {
  return readFigures(actor, 'applications', view, query, computeApplications, db);
}

/**
 * Per child of the view (regions of the country, departments of a region or académie, schools of a
 * department, classes of a school): pupils registered, authorised, with an application, placed
 * (an internship confirmed), completed; the seats offered and filled in each territory.
 */
export function areaFigures(
  actor: SteeringReader,
  view: PupilView,
  query: SteeringQuery,
  db?: Db,
): Promise<Figures<AreaFigures> | null> {
  return readFigures(actor, 'areas', view, query, computeAreas, db, (v) => v.level !== 'ministry');
}

/**
 * The applications of the campaign by sector and gender: a territory's or a ministry's from the
 * facts, a school's live (its own pupils' few rows, grouped the same way as the facts).
 */
function applicationRows(db: Db, view: PlacedView, { schoolYear, filters }: SteeringQuery) {
  if (view.level === 'school')
    return db
      .select({
        sectorId: offers.sectorId,
        sectorName: sectors.name,
        gender: pupils.gender,
        ...applicationCounts,
      })
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .innerJoin(pupils, eq(pupils.userId, applications.pupilId))
      .innerJoin(schools, eq(schools.id, pupils.schoolId))
      .leftJoin(sectors, eq(sectors.id, offers.sectorId))
      .leftJoin(agreements, completedJoin)
      .where(and(eq(offers.schoolYear, schoolYear), schoolsOfView(view), offerFilters(filters)))
      .groupBy(offers.sectorId, sectors.name, pupils.gender);
  const f = steeringApplicationFacts;
  return withoutJit(db, (tx) =>
    tx
      .select({
        sectorId: f.sectorId,
        sectorName: sectors.name,
        gender: f.gender,
        applications: sql<number>`sum(${f.applications})::int`,
        confirmed: sql<number>`sum(${f.confirmed})::int`,
        completed: sql<number>`sum(${f.completed})::int`,
      })
      .from(f)
      .leftJoin(sectors, eq(sectors.id, f.sectorId))
      .where(
        and(
          eq(f.schoolYear, schoolYear),
          view.level === 'ministry' ? offersOfView(view, f) : schoolsOfView(view, f.departmentCode),
          schoolFilters(filters, f.network),
          offerFilters(filters, f),
        ),
      )
      .groupBy(f.sectorId, sectors.name, f.gender),
  );
}

async function computeApplications(db: Db, view: PlacedView, query: SteeringQuery): Promise<ApplicationFigures> {
  const rows = await applicationRows(db, view, query);
  const table = (measure: 'applications' | 'confirmed' | 'completed'): SectorGenderTable => {
    const bySector = new Map<string | null, SectorGenderTable['bySector'][number]>();
    for (const row of rows) {
      if (row[measure] === 0) continue;
      const sector = bySector.get(row.sectorId) ?? {
        sectorId: row.sectorId,
        sectorName: row.sectorName ?? 'Sans secteur',
        ...NO_GENDER,
      };
      const gender = row.gender === 'not_stated' ? 'notStated' : row.gender;
      bySector.set(row.sectorId, {
        ...sector,
        [gender]: sector[gender] + row[measure],
        total: sector.total + row[measure],
      });
    }
    const sorted = [...bySector.values()].sort((a, b) => collator.compare(a.sectorName, b.sectorName));
    const { girl, boy, notStated, total } = sorted.reduce(addCounts, { ...NO_GENDER, sectorId: null, sectorName: '' });
    return { bySector: sorted, total: { girl, boy, notStated, total } };
  };
  return { applications: table('applications'), confirmed: table('confirmed'), completed: table('completed') };
}

const collator = new Intl.Collator('fr', { numeric: true });

async function computeAreas(db: Db, view: PlacedView, query: SteeringQuery): Promise<AreaFigures> {
  const level = childLevel(view.level)!;
  // Territories have offers (by their place); schools and classes do not: a department's are its total's.
  const territorial = level === 'region' || level === 'department';
  const [figures, seats] = await Promise.all([
    funnel(db, view, query, level),
    view.level !== 'school' ? offersByDepartment(db, view, query) : Promise.resolve(null),
  ]);
  const seatsOf = (codes: readonly (string | null)[]) => {
    const { seatsOffered, seatsHeld } = codes
      .map((code) => seats?.get(code)?.total ?? NO_OFFERS)
      .reduce(addCounts, NO_OFFERS);
    return seatFill(seatsOffered, seatsHeld);
  };
  const sum = (keys: readonly string[]) => keys.map((k) => figures.get(k) ?? NO_PUPILS).reduce(addCounts, NO_PUPILS);

  const rows: AreaRow[] = territorial
    ? (await childTerritories(db, view)).map((child) => ({
        level: child.level,
        code: child.code,
        name: child.name,
        ...sum(child.departments),
        seats: seatsOf(child.departments),
      }))
    : (await childUnits(db, view, query, [...figures.keys()]))
        .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code))
        .map((unit) => ({ level, ...unit, ...sum([unit.code]), seats: null }));
  return {
    rows,
    total: {
      ...rows.map(pickFunnel).reduce(addCounts, NO_PUPILS),
      // The view's own seats: all its offers' (nationally, those without a department too).
      seats: seats ? seatsOf([...seats.keys()]) : null,
    },
  };
}

function pickFunnel({ pupils, authorised, withApplication, placed, completed }: PupilFunnel): PupilFunnel {
  return { pupils, authorised, withApplication, placed, completed };
}

/**
 * The schools of a department (registered, or with pupils counted), or the classes of the
 * campaign of a school, as rows to fill: zeros included.
 */
async function childUnits(db: Db, view: PlacedView, query: SteeringQuery, withPupils: string[]) {
  if (view.level === 'school')
    return db
      .select({ code: schoolClasses.id, name: schoolClasses.name })
      .from(schoolClasses)
      .where(and(eq(schoolClasses.schoolId, view.id), eq(schoolClasses.schoolYear, query.schoolYear)));
  return db
    .select({ code: schools.id, name: schools.name })
    .from(schools)
    .where(
      and(
        schoolsOfView(view),
        schoolFilters(query.filters),
        withPupils.length
          ? or(isNotNull(schools.registeredAt), inArray(schools.id, withPupils))
          : isNotNull(schools.registeredAt),
      ),
    )
    .orderBy(asc(schools.name));
}
