import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { agreementStatus, signatoryParty } from './enums';
import { users } from './users';

/** The convention: one per confirmed application, signed by every party before the start date. */
export const agreements = pgTable('agreements', {
  id: uuid().primaryKey().defaultRandom(),
  applicationId: uuid()
    .notNull()
    .unique()
    .references(() => applications.id),
  status: agreementStatus().notNull().default('pending_signatures'),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  signedAt: timestamp({ withTimezone: true }),
});

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
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.agreementId, t.party, t.signerName), index().on(t.agreementId)],
);

export type Agreement = typeof agreements.$inferSelect;
export type AgreementSignature = typeof agreementSignatures.$inferSelect;
