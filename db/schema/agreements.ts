import { sql } from 'drizzle-orm';
import {
  check,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { agreementFeedbackAuthor, agreementOutcome, signatoryParty } from './enums';
import { schools } from './schools';
import { users } from './users';

/*
 * The convention (issue 13), designed for the whole issue (migration 0015). Stored: what people
 * wrote or did; derived (lib/agreements/rules.ts): its state (to complete, ready to sign, signing,
 * signed, cancelled), what each part misses, who still has to sign, and the fingerprint of its
 * current text.
 *
 * The facts copied at creation and each side's part are jsonb documents, each validated by its zod
 * schema (lib/agreements/schemas.ts) on every write: they are the text of one document, written
 * and read whole by one side, rendered into the PDF and fingerprinted, never filtered on in SQL
 * (except the 7-hour limit, which the database checks as it does for offers). Columns for each
 * field (some thirty, a day's hours five times over) would change nothing the database decides.
 * What other rows point to — the legal representatives, whom links, codes and signatures name — are
 * rows of their own.
 */

/** Copied once at creation from the school, the host, the offer, the pupil and the week (shapes of lib/agreements/document.ts). */
export interface AgreementFacts {
  school: { name: string; uai: string; address: PostalAddress };
  host: { name: string; siret: string | null; address: PostalAddress };
  pupil: { firstName: string; lastName: string; className: string };
  internship: { offerTitle: string; place: PostalAddress; jobsDiscovered: string; weekMonday: string };
}
interface PostalAddress {
  street: string;
  postcode: string;
  commune: string;
}

export const agreements = pgTable(
  'agreements',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .unique()
      .references(() => applications.id),
    facts: jsonb().$type<AgreementFacts>().notNull(),
    /** The host's part (HostPart, partial until complete): prefilled from the offer. */
    hostPart: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    hostPartUpdatedAt: timestamp({ withTimezone: true }),
    hostPartUpdatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The school's part (SchoolPart, partial until complete); the legal representatives are rows below. */
    schoolPart: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    schoolPartUpdatedAt: timestamp({ withTimezone: true }),
    schoolPartUpdatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Set when the application leaves 'confirmed' (lib/applications/transition-mutations.ts), with its reason. */
    canceledAt: timestamp({ withTimezone: true }),
    canceledBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    cancellationReason: text(),
    /** After the week: the school or the host says whether the internship took place (only 'completed' counts). */
    outcome: agreementOutcome(),
    outcomeReason: text(),
    outcomeBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    outcomeAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'agreements_cancellation',
      sql`(${t.canceledAt} is null) = (${t.cancellationReason} is null) and char_length(coalesce(${t.cancellationReason}, 'x')) between 1 and 2000`,
    ),
    check(
      'agreements_outcome',
      sql`(${t.outcome} is null) = (${t.outcomeAt} is null) and (${t.outcome} is distinct from 'not_held' or char_length(coalesce(${t.outcomeReason}, '')) > 0)`,
    ),
    // A cancelled internship took place neither way: no outcome on a cancelled convention.
    check('agreements_outcome_not_canceled', sql`${t.outcome} is null or ${t.canceledAt} is null`),
    check(
      'agreements_parts_objects',
      sql`jsonb_typeof(${t.facts}) = 'object' and jsonb_typeof(${t.hostPart}) = 'object' and jsonb_typeof(${t.schoolPart}) = 'object'`,
    ),
    // Annex 3: 7 hours of presence a day at most, whatever a writer sends (migration 0015).
    check('agreements_host_schedule', sql`agreement_schedule_within_limits(${t.hostPart})`),
  ],
);

/** The school's standard terms (« conditions générales »): written once per school by the head, updatable. */
export const schoolAgreementTerms = pgTable(
  'school_agreement_terms',
  {
    schoolId: uuid()
      .primaryKey()
      .references(() => schools.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [check('school_agreement_terms_length', sql`char_length(${t.text}) between 1 and 20000`)],
);

/** The pupil's legal representatives (one or two), named by the school: they sign through links, without an account. */
export const agreementLegalRepresentatives = pgTable(
  'agreement_legal_representatives',
  {
    id: uuid().primaryKey().defaultRandom(),
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    /** 1 or 2: kept in place when the school edits names, so links and signatures keep their signer. */
    position: smallint().notNull(),
    fullName: text().notNull(),
    email: text().notNull(),
  },
  (t) => [
    unique().on(t.agreementId, t.position),
    check('agreement_legal_representatives_position', sql`${t.position} in (1, 2)`),
    check(
      'agreement_legal_representatives_fields',
      sql`char_length(${t.fullName}) between 1 and 120 and ${t.email} = lower(${t.email}) and char_length(${t.email}) between 3 and 254`,
    ),
  ],
);

/**
 * One signature: who (party, typed full name, account or legal representative), when, from which
 * address, and the SHA-256 of the exact text signed. A change of text voids the live signatures
 * (voided_at), which stay as history; one live signature per signer.
 */
export const agreementSignatures = pgTable(
  'agreement_signatures',
  {
    id: uuid().primaryKey().defaultRandom(),
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    party: signatoryParty().notNull(),
    signerName: text().notNull(),
    signerUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    legalRepresentativeId: uuid().references(() => agreementLegalRepresentatives.id, { onDelete: 'set null' }),
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ipAddress: inet(),
    /** SHA-256 (hex) of the canonical text signed (lib/agreements/rules.ts agreementText). */
    textFingerprint: text().notNull(),
    voidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('agreement_signatures_fingerprint', sql`${t.textFingerprint} ~ '^[0-9a-f]{64}$'`),
    // A live signature says where it came from and, for a legal representative, which one.
    check(
      'agreement_signatures_live',
      sql`${t.voidedAt} is not null or (${t.ipAddress} is not null and (${t.party} = 'legal_representative') = (${t.legalRepresentativeId} is not null))`,
    ),
    uniqueIndex('agreement_signatures_one_live_party')
      .on(t.agreementId, t.party)
      .where(sql`${t.voidedAt} is null and ${t.party} <> 'legal_representative'`),
    uniqueIndex('agreement_signatures_one_live_representative')
      .on(t.legalRepresentativeId)
      .where(sql`${t.voidedAt} is null`),
    index().on(t.agreementId),
    index().on(t.signerUserId),
  ],
);

/**
 * The 6-digit code e-mailed to a signer (one row per signer and convention): only its hash, valid 10
 * minutes, 5 tries; failures counted over the day lock that signature until locked_until. A new code
 * replaces the hash and the tries, never the lock.
 */
export const agreementSignatureCodes = pgTable(
  'agreement_signature_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    party: signatoryParty().notNull(),
    legalRepresentativeId: uuid().references(() => agreementLegalRepresentatives.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** Wrong tries of the current code (5 at most). */
    attempts: integer().notNull().default(0),
    /** Wrong tries since failures_since (the day's count that locks). */
    failures: integer().notNull().default(0),
    failuresSince: timestamp({ withTimezone: true }),
    lockedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('agreement_signature_codes_signer').on(t.agreementId, t.party, t.legalRepresentativeId).nullsNotDistinct(),
    check('agreement_signature_codes_attempts', sql`${t.attempts} between 0 and 5 and ${t.failures} >= 0`),
    check(
      'agreement_signature_codes_signer_kind',
      sql`(${t.party} = 'legal_representative') = (${t.legalRepresentativeId} is not null)`,
    ),
  ],
);

/**
 * A legal representative's single-use link (no account): only the token's hash, valid 14 days.
 * Re-sending voids the old link; one live link per representative, which the database decides.
 */
export const agreementRepresentativeLinks = pgTable(
  'agreement_representative_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    legalRepresentativeId: uuid()
      .notNull()
      .references(() => agreementLegalRepresentatives.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    voidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agreement_representative_links_one_live')
      .on(t.legalRepresentativeId)
      .where(sql`${t.usedAt} is null and ${t.voidedAt} is null`),
  ],
);

/** The optional short word of the pupil and of the tutor after the week. */
export const agreementFeedback = pgTable(
  'agreement_feedback',
  {
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    author: agreementFeedbackAuthor().notNull(),
    authorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.agreementId, t.author),
    check('agreement_feedback_length', sql`char_length(${t.body}) between 1 and 1000`),
  ],
);

/**
 * The reminders of the daily job to the signatories still missing (lib/agreements/reminder-mutations.ts):
 * the 7-day one and the 3-day one, each done once per convention whenever the job runs (a row also
 * when nobody was missing: the convention is not looked at again for that reminder).
 */
export const agreementReminders = pgTable(
  'agreement_reminders',
  {
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    /** 7 or 3: which reminder (days before the week's Monday). */
    daysBefore: smallint().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.daysBefore] }),
    check('agreement_reminders_days', sql`${t.daysBefore} in (3, 7)`),
  ],
);

export type Agreement = typeof agreements.$inferSelect;
export type AgreementSignature = typeof agreementSignatures.$inferSelect;
export type AgreementLegalRepresentative = typeof agreementLegalRepresentatives.$inferSelect;
