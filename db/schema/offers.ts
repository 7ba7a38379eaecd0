import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { lunchArrangement, offerStatus, reservationStatus } from './enums';
import { departments } from './geo';
import { hostOrganisations, ministries, operators, paqteGroups } from './organisations';
import { schools } from './schools';
import { sectors } from './sectors';
import { users } from './users';

/** A PostgreSQL full-text document (French stemming over accent-folded text, see fold_text()). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const offers = pgTable(
  'offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => hostOrganisations.id),
    /** Set when a partner association posts for the host (feeds operator statistics). */
    operatorId: uuid().references(() => operators.id),
    /**
     * The operator's own id for an offer it publishes through the partner API (/api/v1): how its
     * tools address the offer. Unique per operator; null for offers posted on the site.
     */
    remoteId: text(),
    /** What the partner API sent with the offer, returned as sent: its page on the operator's site, the employer's site and presentation. */
    permalink: text(),
    employerWebsite: text(),
    employerDescription: text(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Copied from the organisation at publication so statistics by ministry / group stay stable. */
    ministryId: uuid().references(() => ministries.id),
    paqteGroupId: uuid().references(() => paqteGroups.id),
    sectorId: uuid().references(() => sectors.id),
    schoolYear: integer().notNull(),
    title: text().notNull(),
    /** What the pupil will observe. */
    description: text().notNull().default(''),
    /** The jobs, at different levels of qualification, the pupil will discover (Annex 3). */
    jobsDiscovered: text().notNull().default(''),
    tutorName: text(),
    tutorRole: text(),
    tutorEmail: text(),
    tutorPhone: text(),
    street: text(),
    postcode: text(),
    commune: text(),
    /** INSEE code of the commune, when the address was found (offline geocoder or address API). */
    communeCode: text(),
    departmentCode: text().references(() => departments.code),
    lat: doublePrecision(),
    lng: doublePrecision(),
    dailyStart: time(),
    dailyEnd: time(),
    lunchBreakMinutes: integer().notNull().default(60),
    lunch: lunchArrangement().notNull().default('none'),
    accessibleToDisabled: boolean().notNull().default(false),
    accessibilityDetails: text().notNull().default(''),
    /** 1 = individual internship; more = collective (several pupils the same week). */
    seatsPerWeek: integer().notNull().default(1),
    seatsPerYear: integer().notNull().default(1),
    /**
     * Seats held (applications accepted or confirmed) over the campaign: kept by the database
     * itself (trigger on applications, migration 0007) so that search never counts at query time.
     */
    seatsHeld: integer().notNull().default(0),
    /**
     * The offer's weeks that still have a seat (offer_weeks.seats_held < seats_per_week), in order,
     * and none once seats_held reaches seats_per_year: kept by triggers (migrations 0008 and 0009) so
     * that the search filters offers alone, from one index.
     */
    openWeeks: date()
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** What the keyword search matches: the title first, then the jobs discovered, then the description. */
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('french', fold_text(title)), 'A') || setweight(to_tsvector('french', fold_text(jobs_discovered)), 'B') || setweight(to_tsvector('french', fold_text(description)), 'C')`,
    ),
    status: offerStatus().notNull().default('draft'),
    /** Reserved offers are visible only to the pupils and staff of the schools in offer_reservations. */
    isReserved: boolean().notNull().default(false),
    renewedFromId: uuid(),
    publishedAt: timestamp({ withTimezone: true }),
    /** When the host was told this published offer left the search (no week to come or no seat left); cleared on edit. */
    outOfSearchNotifiedAt: timestamp({ withTimezone: true }),
    /** Set when the admin unpublished the offer: the host reads the reason; only the admin lifts it. */
    moderatedAt: timestamp({ withTimezone: true }),
    moderatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    moderationReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('offers_moderation', sql`(${t.moderatedAt} is null) = (${t.moderationReason} is null)`),
    check('offers_title_length', sql`char_length(${t.title}) between 1 and 150`),
    check('offers_description_length', sql`char_length(${t.description}) <= 5000`),
    check(
      'offers_text_lengths',
      sql`char_length(${t.jobsDiscovered}) <= 2000 and char_length(${t.accessibilityDetails}) <= 1000`,
    ),
    check(
      'offers_seats',
      sql`${t.seatsPerWeek} >= 1 and ${t.seatsPerYear} >= ${t.seatsPerWeek} and ${t.seatsPerYear} <= 1000`,
    ),
    check('offers_seats_held', sql`${t.seatsHeld} between 0 and ${t.seatsPerYear}`),
    // Annex 3: at most 7 hours of presence a day over 5 days.
    check(
      'offers_daily_hours',
      sql`(${t.dailyStart} is null and ${t.dailyEnd} is null) or (${t.dailyEnd} > ${t.dailyStart} and ${t.lunchBreakMinutes} >= 0
        and extract(epoch from (${t.dailyEnd} - ${t.dailyStart})) / 60 - ${t.lunchBreakMinutes} between 60 and 420)`,
    ),
    check(
      'offers_coordinates',
      sql`(${t.lat} is null) = (${t.lng} is null) and coalesce(${t.lat} between -90 and 90 and ${t.lng} between -180 and 180, true)`,
    ),
    // A published offer must be complete enough to be found and applied to.
    check(
      'offers_published_complete',
      sql`${t.status} <> 'published' or (${t.lat} is not null and ${t.sectorId} is not null and ${t.dailyStart} is not null)`,
    ),
    index().on(t.organisationId),
    index().on(t.operatorId),
    uniqueIndex('offers_operator_remote_id')
      .on(t.operatorId, t.remoteId)
      .where(sql`${t.remoteId} is not null`),
    check('offers_remote_id_operator', sql`${t.remoteId} is null or ${t.operatorId} is not null`),
    index().on(t.status, t.schoolYear),
    // The public list, newest first: read in index order, stopping after a page.
    index('offers_published_newest')
      .on(t.publishedAt.desc().nullsFirst(), t.id)
      .where(sql`${t.status} = 'published'`),
    index().on(t.lat),
    index().on(t.lng),
    index('offers_search_vector').using('gin', t.searchVector),
    // The search reads only this index (index-only scan): the box on lat and lng, then every column
    // its conditions and its order need, never a counter that moves with each seat held (migration
    // 0009: those updates stay HOT). Chosen from the plans in bench/README.md.
    index('offers_search')
      .on(t.lat, t.lng)
      .where(sql`${t.status} = 'published'`),
  ],
);

/** The ISO weeks (Mondays) an offer is available. */
export const offerWeeks = pgTable(
  'offer_weeks',
  {
    offerId: uuid()
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    week: date().notNull(),
    /** Seats held this week, kept like offers.seats_held; never above offers.seats_per_week. */
    seatsHeld: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.week] }),
    check('offer_weeks_seats_held', sql`${t.seatsHeld} >= 0`),
    check('offer_weeks_monday', sql`extract(isodow from ${t.week}) = 1`),
    index().on(t.week),
  ],
);

/**
 * One row per published offer and week that still has a seat (offers.open_weeks unnested), with the
 * columns the search filters on: derived data, rewritten by a trigger on offers (migration 0010),
 * never by the application. A search on some weeks (a class's) reads the rows of those weeks alone
 * from `offer_search_weeks_place` instead of every published offer in the area.
 */
export const offerSearchWeeks = pgTable(
  'offer_search_weeks',
  {
    offerId: uuid()
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    week: date().notNull(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    organisationId: uuid().notNull(),
    isReserved: boolean().notNull(),
    sectorId: uuid(),
    seatsPerWeek: integer().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    /**
     * The offer's open weeks (offers.open_weeks), on each of its rows: a search on several weeks keeps
     * an offer's row of the first searched week it has open, a test on the row alone (migration 0012).
     */
    openWeeks: date().array().notNull(),
    /**
     * Seats still free this week (availability.ts seatsLeft: the week's seats less those held, bounded
     * by what is left of the year's), kept by triggers on the held-seat counters (migration 0014) for
     * the school's week picker. Outside the index on purpose: a held seat then rewrites no index entry.
     */
    seatsFree: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.week] }),
    // INCLUDE (every other column) is written in the migration: Drizzle cannot declare it.
    index('offer_search_weeks_place').on(t.week, t.lat, t.lng),
  ],
);

export const offerReservations = pgTable(
  'offer_reservations',
  {
    offerId: uuid()
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    status: reservationStatus().notNull().default('accepted'),
    requestedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.schoolId] }), index().on(t.schoolId)],
);

/** "Signaler cette offre": any signed-in person reports an offer; the admin and the territory's representatives read it. */
export const offerReports = pgTable(
  'offer_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    offerId: uuid()
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    reporterId: uuid().references(() => users.id, { onDelete: 'set null' }),
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when the admin dealt with it (unpublished the offer or dismissed the report). */
    handledAt: timestamp({ withTimezone: true }),
    handledBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('offer_reports_reason', sql`char_length(${t.reason}) between 1 and 2000`),
    index().on(t.offerId),
    index().on(t.handledAt, t.createdAt),
  ],
);

export type Offer = typeof offers.$inferSelect;
export type NewOffer = typeof offers.$inferInsert;
export type OfferWeek = typeof offerWeeks.$inferSelect;
