import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { gender, headRequestStatus, membershipStatus, schoolNetwork, staffRole } from './enums';
import { departments } from './geo';
import { users } from './users';

export const schools = pgTable(
  'schools',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Unité administrative immatriculée: 7 digits and a check letter. */
    uai: text().notNull(),
    name: text().notNull(),
    commune: text().notNull(),
    postcode: text(),
    address: text(),
    departmentCode: text()
      .notNull()
      .references(() => departments.code),
    lat: doublePrecision(),
    lng: doublePrecision(),
    network: schoolNetwork().notNull().default('none'),
    /** Recorded by an admin once the prefecture and the académie agreed (network = 'derogation'). */
    derogationApprovedAt: timestamp({ withTimezone: true }),
    /** Pupils search within this radius; the head may open national search instead. */
    searchRadiusKm: integer().notNull().default(60),
    /** Set when the head opens national search (allowed from the end of September); null: within the radius. */
    nationalSearchOpenedAt: timestamp({ withTimezone: true }),
    nationalSearchOpenedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Set when the head registers the school: until then its pupils see no offer. */
    registeredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('schools_uai_unique').on(t.uai),
    check('schools_uai_format', sql`${t.uai} ~ '^[0-9]{7}[A-Z]$'`),
    check(
      'schools_coordinates',
      sql`(${t.lat} is null) = (${t.lng} is null) and coalesce(${t.lat} between -90 and 90 and ${t.lng} between -180 and 180, true)`,
    ),
    check('schools_search_radius', sql`${t.searchRadiusKm} between 1 and 200`),
    index().on(t.lat),
    index().on(t.lng),
    index().on(t.departmentCode),
  ],
);

/** Only the troisième classes the head opened on the platform. */
export const schoolClasses = pgTable(
  'school_classes',
  {
    id: uuid().primaryKey().defaultRandom(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    schoolYear: integer().notNull(),
    name: text().notNull(),
    mainTeacherId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Reusable sign-up link the main teacher hands to the class; regenerating it revokes the old one. */
    inviteToken: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.schoolId, t.schoolYear, t.name),
    check('school_classes_name', sql`char_length(${t.name}) between 1 and 40`),
  ],
);

/** Internship weeks of a class: ISO weeks stored as their Monday. */
export const classInternshipWeeks = pgTable(
  'class_internship_weeks',
  {
    classId: uuid()
      .notNull()
      .references(() => schoolClasses.id, { onDelete: 'cascade' }),
    week: date().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.week] }),
    check('class_internship_weeks_monday', sql`extract(isodow from ${t.week}) = 1`),
    index().on(t.week),
  ],
);

export const staffMemberships = pgTable(
  'staff_memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    role: staffRole().notNull(),
    status: membershipStatus().notNull().default('pending'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.userId, t.schoolId),
    // One head per school: a second claim fails here even when two requests race.
    uniqueIndex('staff_memberships_one_head')
      .on(t.schoolId)
      .where(sql`${t.role} = 'head' and ${t.status} <> 'revoked'`),
    // One active school per staff member: the session's school is never a guess between two.
    uniqueIndex('staff_memberships_one_active_school')
      .on(t.userId)
      .where(sql`${t.status} = 'active'`),
    index().on(t.schoolId),
  ],
);

/**
 * A person's claim to be a school's head. Signing up with the school's functional address
 * (ce.<UAI>@<académie's domain>) is approved when that address is verified; any other address waits
 * for the admin, who decides with a recorded reason. Only a verified account's request reaches the admin.
 */
export const headRequests = pgTable(
  'head_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** True when the account's address is the school's functional address. */
    functionalAddress: boolean().notNull().default(false),
    /** Why the head cannot use the functional mailbox, for the admin. */
    message: text().notNull().default(''),
    status: headRequestStatus().notNull().default('pending'),
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    decisionReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('head_requests_message', sql`char_length(${t.message}) <= 2000`),
    check(
      'head_requests_decision',
      sql`(${t.status} = 'pending') = (${t.decidedAt} is null) and (${t.status} <> 'refused' or ${t.decisionReason} is not null)`,
    ),
    // One open claim per account.
    uniqueIndex('head_requests_one_pending')
      .on(t.userId)
      .where(sql`${t.status} = 'pending'`),
    index().on(t.schoolId),
    index().on(t.status, t.createdAt),
  ],
);

export const pupils = pgTable(
  'pupils',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id),
    classId: uuid().references(() => schoolClasses.id, { onDelete: 'set null' }),
    /** Asked for statistics only (indicators by gender). */
    gender: gender().notNull().default('not_stated'),
    /** No offer is visible before the main teacher or the head records the signed parental form. */
    parentalConsentAt: timestamp({ withTimezone: true }),
    parentalConsentRecordedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  // (class_id, user_id): a class's pupils counted from the index alone, the account checked against
  // users_not_live (migration 0014).
  (t) => [index().on(t.schoolId), index().on(t.classId, t.userId)],
);

export type School = typeof schools.$inferSelect;
export type NewSchool = typeof schools.$inferInsert;
export type SchoolClass = typeof schoolClasses.$inferSelect;
export type StaffMembership = typeof staffMemberships.$inferSelect;
export type HeadRequest = typeof headRequests.$inferSelect;
export type Pupil = typeof pupils.$inferSelect;
