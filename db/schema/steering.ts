import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gender, schoolNetwork } from './enums';

/*
 * The steering facts (issue 14, migration 0016): the counts every /pilotage dashboard adds up,
 * grouped at the finest grain a territory's or a ministry's dashboard needs, rebuilt whole from the
 * live tables about every 45 seconds (lib/steering/facts-mutations.ts). A dashboard then adds up a
 * few thousand of these rows instead of grouping 400 000 applications: every page answers in a few
 * milliseconds, its figures at most a minute old, their time shown (« Chiffres du … »).
 *
 * No foreign keys: a snapshot, deleted and rewritten in one transaction (readers keep seeing the
 * previous one until it commits). Not a materialized view: its refresh either locks readers out or
 * needs a unique index over nullable columns, and the rows are built from the same SQL definitions
 * (lib/steering/scope.ts) as the live reads of a school's dashboard.
 */

/** When the facts were last rebuilt: the time of every territory's figures. One row at most. */
export const steeringRefreshes = pgTable(
  'steering_refreshes',
  {
    id: smallint().primaryKey().default(1),
    refreshedAt: timestamp({ withTimezone: true }).notNull(),
    durationMs: integer().notNull(),
  },
  (t) => [check('steering_refreshes_one_row', sql`${t.id} = 1`)],
);

/** Offers of a campaign by the department of their place, public or private, sector and group. */
export const steeringOfferFacts = pgTable(
  'steering_offer_facts',
  {
    schoolYear: integer().notNull(),
    departmentCode: text(),
    isPublic: boolean().notNull(),
    sectorId: uuid(),
    ministryId: uuid(),
    paqteGroupId: uuid(),
    /** Published, organisation not suspended (scope.ts postedOffers): counted as offers and seats. */
    posted: boolean().notNull(),
    offers: integer().notNull(),
    seatsOffered: integer().notNull(),
    seatsHeld: integer().notNull(),
    /** Internships confirmed on these offers, whatever the offer became since. */
    placements: integer().notNull(),
  },
  (t) => [index().on(t.schoolYear, t.departmentCode)],
);

/** Applications of a campaign by the pupil's department and school network, the offer's sector, side and ministry, the pupil's gender. */
export const steeringApplicationFacts = pgTable(
  'steering_application_facts',
  {
    schoolYear: integer().notNull(),
    departmentCode: text().notNull(),
    network: schoolNetwork().notNull(),
    sectorId: uuid(),
    isPublic: boolean().notNull(),
    ministryId: uuid(),
    gender: gender().notNull(),
    applications: integer().notNull(),
    confirmed: integer().notNull(),
    completed: integer().notNull(),
  },
  (t) => [index().on(t.schoolYear, t.departmentCode), index().on(t.schoolYear, t.ministryId)],
);

/**
 * The pupils' funnel per school of a campaign. Pupils and authorised are counted on the row whose
 * sector_key and kind_key are both '*'; with an application, placed and completed on every row, for
 * the applications to that sector (its id, '' for offers without one) and side ('public',
 * 'private'), '*' standing for any: a pupil applying in two sectors counts once in '*' and once in
 * each sector, so a filtered funnel reads its own rows, never a sum of others.
 */
export const steeringPupilFacts = pgTable(
  'steering_pupil_facts',
  {
    schoolYear: integer().notNull(),
    schoolId: uuid().notNull(),
    departmentCode: text().notNull(),
    network: schoolNetwork().notNull(),
    sectorKey: text().notNull(),
    kindKey: text().notNull(),
    pupils: integer().notNull(),
    authorised: integer().notNull(),
    withApplication: integer().notNull(),
    placed: integer().notNull(),
    completed: integer().notNull(),
  },
  (t) => [index().on(t.schoolYear, t.sectorKey, t.kindKey, t.departmentCode)],
);

/** Seats of posted offers per internship week, by the offer's department, side and sector. */
export const steeringWeekSupplyFacts = pgTable(
  'steering_week_supply_facts',
  {
    schoolYear: integer().notNull(),
    departmentCode: text(),
    isPublic: boolean().notNull(),
    sectorId: uuid(),
    week: date().notNull(),
    seatsOffered: integer().notNull(),
    seatsFree: integer().notNull(),
  },
  (t) => [index().on(t.schoolYear, t.departmentCode)],
);

/** Registered schools' classes taking each week, by department and network: schools, live pupils, those without a seat that week. */
export const steeringWeekDemandFacts = pgTable(
  'steering_week_demand_facts',
  {
    schoolYear: integer().notNull(),
    departmentCode: text().notNull(),
    network: schoolNetwork().notNull(),
    week: date().notNull(),
    schools: integer().notNull(),
    pupils: integer().notNull(),
    pupilsWithoutPlacement: integer().notNull(),
  },
  (t) => [index().on(t.schoolYear, t.departmentCode)],
);
