import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { emailStatus } from './enums';
import { operators } from './organisations';
import { users } from './users';

/** Transactional outbox: written in the same transaction as the state change, delivered by a worker. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    toAddress: text().notNull(),
    /** The recipient's account, when they have one: deleting it removes mail sent to every address it had. */
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    subject: text().notNull(),
    /** Holds the placeholder {{lien}} where a link carrying a secret token goes. */
    textBody: text().notNull(),
    /** That link, kept apart from the body and cleared once the message is sent: no live token at rest. */
    secretLink: text(),
    template: text().notNull(),
    status: emailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sendAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('email_outbox_attempts', sql`${t.attempts} >= 0`),
    index().on(t.status, t.sendAfter),
    index().on(t.userId),
    index().on(t.toAddress),
  ],
);

/** Who did what: role changes, consents, validations, deletions. Never holds passwords or tokens. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.createdAt), index().on(t.targetType, t.targetId)],
);

/** Fixed-window counters for sign-in and sign-up attempts, shared by every web instance. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Partner API tokens; only a SHA-256 of the token is stored. */
export const apiTokens = pgTable('api_tokens', {
  id: uuid().primaryKey().defaultRandom(),
  operatorId: uuid()
    .notNull()
    .references(() => operators.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  tokenHash: text().notNull().unique(),
  createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp({ withTimezone: true }),
  revokedAt: timestamp({ withTimezone: true }),
});

export type EmailOutbox = typeof emailOutbox.$inferSelect;
export type AuditLogEntry = typeof auditLog.$inferSelect;
