import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    /** The pupil's CV as it was when they applied (pupil_cvs): what the host reads. */
    cv: jsonb().$type<PupilCvFields>().notNull().default({}),
    rejectionReason: text(),
    /** Why an accepted or confirmed application was cancelled, by the host or the pupil: the other side reads it. */
    cancellationReason: text(),
    /**
     * When the host accepted: the pupil has 7 days from then to confirm. Set by the database when an
     * application becomes accepted without one (migration 0013).
     */
    acceptedAt: timestamp({ withTimezone: true }),
    /** When the one reminder of the current wait was sent (the host's at 7 days, the pupil's at 5): never twice. */
    remindedAt: timestamp({ withTimezone: true }),
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
    index().on(t.pupilId, t.status),
  ],
);

/** What a pupil writes once in their CV, sent with every application (kept in each application as sent). */
export interface PupilCvFields {
  subjects?: string;
  activities?: string;
  languages?: string;
  hopes?: string;
  availability?: string;
}

/** The pupil's CV, kept on the account: the technical note's « CV qu'il peut renseigner en ligne et archiver ». */
export const pupilCvs = pgTable(
  'pupil_cvs',
  {
    pupilId: uuid()
      .primaryKey()
      .references(() => pupils.userId, { onDelete: 'cascade' }),
    /** What they like at school. */
    subjects: text().notNull().default(''),
    /** Hobbies, sports, clubs, what they do for others. */
    activities: text().notNull().default(''),
    languages: text().notNull().default(''),
    /** What they hope to discover during the week. */
    hopes: text().notNull().default(''),
    /** Optional remarks on their availability (transport, times). */
    availability: text().notNull().default(''),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'pupil_cvs_length',
      sql`greatest(char_length(${t.subjects}), char_length(${t.activities}), char_length(${t.languages}), char_length(${t.hopes}), char_length(${t.availability})) <= 1000`,
    ),
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
