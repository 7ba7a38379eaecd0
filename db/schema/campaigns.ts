import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { targetLevel } from './enums';
import { ministries } from './organisations';

/** A campaign is one school year, 1 September -> 31 May. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** First calendar year: 2019 for 2019-2020. */
    schoolYear: integer().notNull().unique(),
    label: text().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
  },
  (t) => [check('campaigns_dates', sql`${t.endsOn} > ${t.startsOn}`)],
);

/**
 * Annex 1 targets, kept exactly as published: a region's total is its own printed figure, never the
 * sum of its departments (the circular's sums disagree in five regions and nationally).
 */
export const territoryTargets = pgTable(
  'territory_targets',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    level: targetLevel().notNull(),
    /** INSEE region or department code; null for the national line. */
    territoryCode: text(),
    /** The name as printed in the circular (typos included), for audit against the source. */
    publishedName: text().notNull(),
    total: integer().notNull(),
    public: integer().notNull(),
    private: integer().notNull(),
  },
  (t) => [
    unique().on(t.campaignId, t.level, t.territoryCode).nullsNotDistinct(),
    check('territory_targets_non_negative', sql`${t.total} >= 0 and ${t.public} >= 0 and ${t.private} >= 0`),
    check('territory_targets_code', sql`(${t.level} = 'national') = (${t.territoryCode} is null)`),
  ],
);

/** Annex 2: public-sector targets of each ministry's central administration. */
export const ministryTargets = pgTable(
  'ministry_targets',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    ministryId: uuid()
      .notNull()
      .references(() => ministries.id),
    public: integer().notNull(),
  },
  (t) => [unique().on(t.campaignId, t.ministryId), check('ministry_targets_non_negative', sql`${t.public} >= 0`)],
);

export type Campaign = typeof campaigns.$inferSelect;
export type TerritoryTarget = typeof territoryTargets.$inferSelect;
export type MinistryTarget = typeof ministryTargets.$inferSelect;
