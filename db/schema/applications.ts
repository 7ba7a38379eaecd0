import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { applicationStatus } from './enums';
import { offers } from './offers';
import { pupils } from './schools';
import { users } from './users';

/** A pupil's application to one offer for one week. */
export const applications = pgTable(
  'applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    pupilId: uuid()
      .notNull()
      .references(() => pupils.userId),
    offerId: uuid()
      .notNull()
      .references(() => offers.id),
    week: date().notNull(),
    status: applicationStatus().notNull().default('submitted'),
    motivation: text().notNull().default(''),
    rejectionReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('applications_pupil_offer_week').on(t.pupilId, t.offerId, t.week),
    // One confirmed internship per week and pupil.
    uniqueIndex('applications_one_confirmed_per_week')
      .on(t.pupilId, t.week)
      .where(sql`${t.status} = 'confirmed'`),
    check(
      'applications_rejection_reason',
      sql`${t.status} <> 'rejected' or char_length(coalesce(${t.rejectionReason}, '')) > 0`,
    ),
    check('applications_motivation_length', sql`char_length(${t.motivation}) <= 5000`),
    check('applications_week_monday', sql`extract(isodow from ${t.week}) = 1`),
    index().on(t.offerId, t.week, t.status),
    index().on(t.status),
  ],
);

/** Full history: every transition with who made it. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: applicationStatus(),
    toStatus: applicationStatus().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.applicationId, t.createdAt)],
);

export type Application = typeof applications.$inferSelect;
export type ApplicationEvent = typeof applicationEvents.$inferSelect;
