import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/migrate';
import * as s from '@/db/schema';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import {
  currentOrUpcomingSchoolYear,
  internshipWindow,
  schoolYearBounds,
  schoolYearLabel,
} from '@/lib/calendar/school-year';
import { eachWeek, type IsoDate } from '@/lib/calendar/weeks';
import { insertApplications } from './dataset-applications';
import { insertOffers, type BenchOffer, type BenchOrganisation } from './dataset-offers';
import { insertSchools, type BenchSchool } from './dataset-schools';
import type { BenchCampaign } from './fixtures';
import { insertLargeSchool, type LargeSchool } from './large-school';
import { createPlaceSampler } from './places';
import { createRandom } from './random';

export interface DatasetOptions {
  /** The frozen "today" of the campaign (tests use 2026-11-28). */
  today: IsoDate;
  /** Same seed, same data: figures from two runs compare. */
  seed?: number;
  /** Multiplies every count of `shape`: 0.1 builds a tenth of the dataset, to try a script quickly. */
  scale?: number;
  /** What to build at scale 1; missing keys take NATIONAL_SHAPE's. */
  shape?: Partial<DatasetShape>;
}

export interface DatasetShape {
  schools: number;
  organisations: number;
  offers: number;
  /** Offers of the national group, the largest host dashboard. */
  bigOrganisationOffers: number;
  /** Distinct internship weeks per offer still to come, drawn between both bounds. */
  weeksPerOffer: readonly [number, number];
  applications: number;
}

/**
 * The national scale of issue 10: 7 000 collèges (about 250 000 pupils), 60 000 offers of 3 weeks,
 * 400 000 applications. Until then (bench:offers' figures of 28 November 2026) the dataset had
 * 30 000 offers of 1 to 6 draws of a week and 100 000 applications.
 */
export const NATIONAL_SHAPE: DatasetShape = {
  schools: 7_000,
  organisations: 5_000,
  offers: 60_000,
  bigOrganisationOffers: 1_000,
  weeksPerOffer: [3, 3],
  applications: 400_000,
};

export interface Dataset {
  campaign: BenchCampaign;
  schools: (BenchSchool & { visibleOffers: number })[];
  offers: BenchOffer[];
  /** The organisation with the most offers (about 1 000): the heaviest dashboard. */
  bigOrganisation: BenchOrganisation;
  /**
   * One collège of 8 classes, 240 pupils and 2 000 applications, the school dashboards' heaviest
   * (bench:schools), not in `schools`: the searches and the week picker draw from the others.
   */
  largeSchool: LargeSchool;
  /** Rows per table, counted in the database once loaded. */
  counts: Record<string, number>;
  /** Seconds per step: the applications' include the held-seat trigger of each one holding a seat. */
  durations: Record<string, number>;
}

/**
 * Fills an empty, migrated database (reference data loaded) with a national-scale campaign for
 * benchmarks, then VACUUM ANALYZEs it so the planner sees the real sizes. Reproducible for a given seed.
 */
export async function generateDataset(
  db: Db,
  { today, seed = 2019, scale = 1, shape: overrides }: DatasetOptions,
): Promise<Dataset> {
  const shape = { ...NATIONAL_SHAPE, ...overrides };
  const random = createRandom(seed);
  const places = createPlaceSampler(random);
  const schoolYear = currentOrUpcomingSchoolYear(today);
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  const futureWeeks = selectableWeeks(schoolYear, today);
  const campaign: BenchCampaign = {
    today,
    now: new Date(`${today}T10:00:00Z`),
    schoolYear,
    futureWeeks,
    pastWeeks: eachWeek(firstWeek, lastWeek).filter((week) => !futureWeeks.includes(week)),
  };
  const size = (n: number) => Math.max(1, Math.round(n * scale));

  await db
    .insert(s.campaigns)
    .values({ schoolYear, label: schoolYearLabel(schoolYear), ...schoolYearBounds(schoolYear) })
    .onConflictDoNothing();
  const durations: Record<string, number> = {};
  let stepStart = performance.now();
  const step = (name: string) => {
    durations[name] = (performance.now() - stepStart) / 1000;
    stepStart = performance.now();
  };
  const schools = await insertSchools(db, random, places, campaign, size(shape.schools));
  step('collèges et élèves');
  const { organisations, offers } = await insertOffers(db, random, places, campaign, schools, {
    organisations: size(shape.organisations),
    offers: size(shape.offers),
    bigOrganisationOffers: size(shape.bigOrganisationOffers),
    weeksPerOffer: shape.weeksPerOffer,
  });
  step('offres');
  const visibleOffers = await insertApplications(db, random, campaign, schools, offers, size(shape.applications));
  step('candidatures');
  // Drawn last, from the same generator: the rest of the dataset stays what it was for a seed.
  const largeSchool = await insertLargeSchool(db, random, campaign, offers);
  step('grand collège');
  // Statistics for the planner, and the visibility map autovacuum would have set by now (index-only scans).
  await db.execute(sql`vacuum analyze`);
  step('vacuum analyze');

  return {
    campaign,
    schools: schools.map((school) => ({ ...school, visibleOffers: visibleOffers.get(school.id) ?? 0 })),
    offers,
    bigOrganisation: organisations.reduce((big, organisation) =>
      organisation.offerCount > big.offerCount ? organisation : big,
    ),
    largeSchool,
    counts: await countRows(db),
    durations,
  };
}

const COUNTED = {
  collèges: sql`select count(*) from schools`,
  classes: sql`select count(*) from school_classes`,
  'semaines de classe': sql`select count(*) from class_internship_weeks`,
  comptes: sql`select count(*) from users`,
  élèves: sql`select count(*) from pupils`,
  'élèves autorisés': sql`select count(*) from pupils where parental_consent_at is not null`,
  'structures d’accueil': sql`select count(*) from host_organisations`,
  offres: sql`select count(*) from offers`,
  'offres publiées': sql`select count(*) from offers where status = 'published'`,
  'semaines d’offre': sql`select count(*) from offer_weeks`,
  réservations: sql`select count(*) from offer_reservations`,
  candidatures: sql`select count(*) from applications`,
  'places tenues': sql`select count(*) from applications where status in ('accepted', 'confirmed')`,
};

async function countRows(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [label, query] of Object.entries(COUNTED)) {
    counts[label] = Number(rowsOf<{ count: string | number }>(await db.execute(query))[0]!.count);
  }
  return counts;
}
