import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accountStatus, scopeLevel, tokenPurpose, userRole } from './enums';
import { ministries } from './organisations';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased; the unique index is on the stored value. */
    email: text().notNull(),
    /** scrypt hash, see lib/auth/password.ts; null once an account is deleted (anonymised). */
    passwordHash: text(),
    role: userRole().notNull(),
    status: accountStatus().notNull().default('active'),
    firstName: text().notNull(),
    lastName: text().notNull(),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** Set when the user deleted their account: identity anonymised, statistics kept. */
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_email_length', sql`char_length(${t.email}) between 3 and 254`),
    // The few accounts that do not count as people (lib/pupils/scope.ts livePupil): deleted, or
    // waiting for a teacher's confirmation. Tested against by a hash, not a probe per pupil.
    index('users_not_live')
      .on(t.id)
      .where(sql`${t.deletedAt} is not null or ${t.status} = 'pending'`),
  ],
);

/** State representatives see only their scope, once an admin has validated them. */
export const stateRepresentatives = pgTable(
  'state_representatives',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    level: scopeLevel().notNull(),
    /** Region, académie or department code; null for national and ministry scopes. */
    territoryCode: text(),
    ministryId: uuid().references(() => ministries.id),
    validatedAt: timestamp({ withTimezone: true }),
    validatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check(
      'state_representatives_scope',
      sql`case ${t.level}
        when 'national' then ${t.territoryCode} is null and ${t.ministryId} is null
        when 'ministry' then ${t.territoryCode} is null and ${t.ministryId} is not null
        else ${t.territoryCode} is not null and ${t.ministryId} is null end`,
    ),
    index().on(t.level, t.territoryCode),
  ],
);

/**
 * Password reset and e-mail change links: only a SHA-256 of the token is stored, each link works
 * once and expires (1 hour for a reset).
 */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: tokenPurpose().notNull(),
    tokenHash: text().notNull().unique(),
    /** The address to switch to once the link sent there is opened (email_change). */
    newEmail: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.purpose)],
);

/**
 * Signed-in sessions, one per sign-in. The session cookie (a signed JWT) carries the row's id, and
 * every request checks the row: signing out, a new password or an admin's action revokes it on the
 * server, so a copied or late-refreshed cookie stops working at once (lib/auth/auth.ts).
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Pushed back while the session is used (at most every few hours), like the cookie's own expiry. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type StateRepresentative = typeof stateRepresentatives.$inferSelect;
