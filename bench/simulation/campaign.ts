import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { groupBy } from '@/lib/group-by';
import * as s from '@/db/schema';
import { SECTORS } from '@/db/seed/data/sectors';
import { ANNEX1_TARGETS_2019, MINISTRIES } from '@/db/seed/data/targets';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import { internshipWindow, schoolYearBounds, schoolYearLabel } from '@/lib/calendar/school-year';
import { eachWeek } from '@/lib/calendar/weeks';
import type { Place } from '../support/places';
import { createPlaceSampler } from '../support/places';
import { bulkInsert, type InsertRow as Row } from '../support/bulk-insert';
import { hostOrganisation, offerRow } from '../support/dataset-offers';
import { insertSchools, type BenchSchool } from '../support/dataset-schools';
import { benchEmail, personName, type BenchCampaign } from '../support/fixtures';
import type { Random } from '../support/random';
import { drawCount, MODEL, TIMELINE } from './model';

/*
 * The campaign before anything happens: collèges with their classes and pupils (bench's national
 * dataset, at real commune positions, without weeks: each scenario chooses them), and host
 * organisations with the offers they will post, spread over the departments as Annex 1 sets their
 * targets (public and private halves). Offers are kept in memory and inserted on their posting day.
 */

export interface SimPupil {
  id: string;
  schoolId: string;
  classId: string;
  departmentCode: string;
  lat: number;
  lng: number;
  /** Looks for an internship on the platform (MODEL.platformShare of those who may). */
  onPlatform: boolean;
  preferredSectors: ReadonlySet<string>;
  rounds: number;
  startDaysBefore: number;
}

export interface SimOrganisation {
  id: string;
  hostUserId: string;
  silent: boolean;
}

export interface SimOffer {
  id: string;
  organisation: SimOrganisation;
  place: Place;
  row: Row<typeof s.offers>;
  weekCount: number;
  early: boolean;
}

export interface SimCampaign {
  schoolYear: number;
  schools: BenchSchool[];
  /** Pupils who may search: parental authorisation recorded, collège eligible. */
  pupils: SimPupil[];
  offers: SimOffer[];
}

const bench = (): BenchCampaign => {
  const today = TIMELINE.start;
  const futureWeeks = selectableWeeks(MODEL.schoolYear, today);
  const { firstWeek, lastWeek } = internshipWindow(MODEL.schoolYear);
  return {
    today,
    now: new Date(`${today}T08:00:00Z`),
    schoolYear: MODEL.schoolYear,
    futureWeeks,
    pastWeeks: eachWeek(firstWeek, lastWeek).filter((week) => !futureWeeks.includes(week)),
  };
};

/** A campaign limited to a few departments (the tests'): their targets only, `schools` collèges among them. */
export interface SimArea {
  departments: readonly string[];
  schools: number;
}

/** Builds the campaign in an empty, migrated database (reference data loaded). Same seed, same campaign. */
export async function buildCampaign(db: Db, random: Random, scale: number, area?: SimArea): Promise<SimCampaign> {
  const campaign = bench();
  await db
    .insert(s.campaigns)
    .values({
      schoolYear: MODEL.schoolYear,
      label: schoolYearLabel(MODEL.schoolYear),
      ...schoolYearBounds(MODEL.schoolYear),
    })
    .onConflictDoNothing();
  const places = createPlaceSampler(random);
  const schools = await insertSchools(
    db,
    random,
    area ? { ...places, draw: () => places.anywhereIn(random.pick(area.departments))! } : places,
    campaign,
    area?.schools ?? Math.max(1, Math.round(MODEL.schools * scale)),
  );
  // The weeks are each scenario's choice.
  await db.execute(sql`delete from class_internship_weeks`);

  const sectorNames = SECTORS.map((sector) => sector.name);
  const pupils: SimPupil[] = [];
  for (const school of schools) {
    if (!school.eligible) continue;
    for (const schoolClass of school.classes) {
      for (const pupil of schoolClass.pupils) {
        if (!pupil.consent) continue;
        pupils.push({
          id: pupil.id,
          schoolId: school.id,
          classId: schoolClass.id,
          departmentCode: school.place.departmentCode,
          lat: school.place.lat,
          lng: school.place.lng,
          onPlatform: random.chance(MODEL.platformShare),
          preferredSectors: new Set(random.sample(sectorNames, MODEL.preferredSectors)),
          rounds: drawCount(random, MODEL.rounds),
          startDaysBefore: random.int(...MODEL.startDaysBefore),
        });
      }
    }
  }
  const offers = await drawOffers(db, random, places, schools, scale, area?.departments);
  return { schoolYear: MODEL.schoolYear, schools, pupils, offers };
}

/**
 * Each department's Annex 1 public and private targets, times the scale, in seats: offers are drawn
 * until their seats reach it, by organisations of a few offers each (MODEL.offersPerOrganisation).
 * Their organisations and hosts are inserted now; the offers on their posting day (postOffers).
 */
async function drawOffers(
  db: Db,
  random: Random,
  places: ReturnType<typeof createPlaceSampler>,
  schools: readonly BenchSchool[],
  scale: number,
  departments?: readonly string[],
): Promise<SimOffer[]> {
  const schoolsByDepartment = groupBy(schools, (school) => school.place.departmentCode);
  const users: Row<typeof s.users>[] = [];
  const organisationRows: Row<typeof s.hostOrganisations>[] = [];
  const members: Row<typeof s.hostMembers>[] = [];
  const offers: SimOffer[] = [];
  const createdAt = new Date(`${TIMELINE.start}T08:00:00Z`);

  for (const target of ANNEX1_TARGETS_2019) {
    if (target.level !== 'department' || (departments && !departments.includes(target.territoryCode))) continue;
    for (const kind of ['public', 'private'] as const) {
      const seats = Math.round(target[kind] * scale);
      let organisation: (SimOrganisation & { ministryId: string | null; place: Place }) | null = null;
      for (let drawn = 0, count = 0; drawn < seats; count++) {
        const near = schoolsByDepartment.get(target.territoryCode);
        const place =
          near && random.chance(MODEL.nearSchool)
            ? places.near(random.pick(near).place)
            : places.anywhereIn(target.territoryCode);
        if (!place) break;
        if (!organisation || count % MODEL.offersPerOrganisation === 0) {
          const host = { id: random.uuid(), ...personName(random) };
          organisation = {
            id: random.uuid(),
            hostUserId: host.id,
            silent: random.chance(MODEL.hostSilent),
            ministryId: kind === 'public' ? random.pick(MINISTRIES).id! : null,
            place,
          };
          hostOrganisation(
            { users, organisations: organisationRows, members },
            {
              host,
              email: benchEmail('accueil', organisationRows.length),
              id: organisation.id,
              kind,
              name: `${kind === 'public' ? 'Service public' : 'Entreprise'} ${organisationRows.length + 1} de ${place.commune}`,
              siret: null,
              ministryId: organisation.ministryId,
              place,
              createdAt,
            },
          );
        }
        const seatsPerWeek = drawCount(random, MODEL.seatsPerWeek);
        const weekSeats = seatsPerWeek * MODEL.offerWeeks;
        const seatsPerYear = random.chance(MODEL.yearCapped)
          ? Math.max(seatsPerWeek, Math.ceil(weekSeats / 2))
          : weekSeats;
        const early = random.chance(MODEL.earlyOffers);
        const id = random.uuid();
        const publishedAt = new Date(`${early ? TIMELINE.start : TIMELINE.lateOffers}T08:00:00Z`);
        offers.push({
          id,
          organisation,
          place,
          weekCount: MODEL.offerWeeks,
          early,
          row: offerRow(random, {
            id,
            organisation,
            place,
            sector: random.pick(SECTORS),
            index: offers.length,
            schoolYear: MODEL.schoolYear,
            seatsPerWeek,
            seatsPerYear,
            status: 'published',
            isReserved: false,
            createdAt: publishedAt,
            publishedAt,
          }),
        });
        drawn += seatsPerYear;
      }
    }
  }
  await bulkInsert(db, s.users, users);
  await bulkInsert(db, s.hostOrganisations, organisationRows);
  await bulkInsert(db, s.hostMembers, members);
  return offers;
}
