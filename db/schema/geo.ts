import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { holidayZone } from './enums';

/** INSEE region codes ('11' Île-de-France, '93' Provence-Alpes-Côte d'Azur, '01'..'06' overseas). */
export const regions = pgTable('regions', {
  code: text().primaryKey(),
  name: text().notNull().unique(),
});

export const academies = pgTable('academies', {
  code: text().primaryKey(),
  name: text().notNull().unique(),
  regionCode: text()
    .notNull()
    .references(() => regions.code),
  holidayZone: holidayZone().notNull(),
  /** Staff of this académie have e-mails at this domain (ac-creteil.fr): used to vet school staff. */
  emailDomain: text(),
});

/** INSEE department codes: '01'..'95', '2A', '2B', '971'..'976'. */
export const departments = pgTable('departments', {
  code: text().primaryKey(),
  name: text().notNull().unique(),
  regionCode: text()
    .notNull()
    .references(() => regions.code),
  academyCode: text()
    .notNull()
    .references(() => academies.code),
});

/** School holidays per zone: internship weeks falling in them are refused or flagged. */
export const holidayPeriods = pgTable(
  'holiday_periods',
  {
    id: uuid().primaryKey().defaultRandom(),
    zone: holidayZone().notNull(),
    /** First calendar year of the school year: 2019 for 2019-2020. */
    schoolYear: integer().notNull(),
    name: text().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
  },
  (t) => [unique().on(t.zone, t.schoolYear, t.name), check('holiday_periods_dates', sql`${t.endsOn} >= ${t.startsOn}`)],
);

export type Region = typeof regions.$inferSelect;
export type Academy = typeof academies.$inferSelect;
export type Department = typeof departments.$inferSelect;
export type HolidayPeriod = typeof holidayPeriods.$inferSelect;
