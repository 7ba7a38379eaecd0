import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { hostMemberRole, organisationKind } from './enums';
import { departments } from './geo';
import { users } from './users';

/** Supervising ministries: public offers are counted against Annex 2 through them. */
export const ministries = pgTable('ministries', {
  id: uuid().primaryKey(),
  name: text().notNull().unique(),
});

/** Groups that signed the PAQTE (pacte avec les quartiers pour toutes les entreprises). */
export const paqteGroups = pgTable('paqte_groups', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
});

export const hostOrganisations = pgTable(
  'host_organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: organisationKind().notNull(),
    name: text().notNull(),
    siret: text(),
    ministryId: uuid().references(() => ministries.id),
    paqteGroupId: uuid().references(() => paqteGroups.id),
    commune: text(),
    postcode: text(),
    departmentCode: text().references(() => departments.code),
    /** Set by the admin: the organisation's offers leave the search at once and its accounts can only read. */
    suspendedAt: timestamp({ withTimezone: true }),
    suspendedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    suspensionReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('host_organisations_suspension', sql`(${t.suspendedAt} is null) = (${t.suspensionReason} is null)`),
    check('host_organisations_siret', sql`${t.siret} is null or ${t.siret} ~ '^[0-9]{14}$'`),
    check('host_organisations_ministry', sql`(${t.kind} = 'public') = (${t.ministryId} is not null)`),
    check('host_organisations_paqte', sql`${t.paqteGroupId} is null or ${t.kind} = 'private'`),
    check('host_organisations_name', sql`char_length(${t.name}) between 1 and 200`),
    index().on(t.ministryId),
    index().on(t.paqteGroupId),
    // The (few) suspended organisations, which every search and offer page excludes: read from this
    // index instead of a scan of every organisation (1 ms for 5 000 in bench/).
    index('host_organisations_suspended')
      .on(t.id)
      .where(sql`${t.suspendedAt} is not null`),
  ],
);

export const hostMembers = pgTable(
  'host_members',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => hostOrganisations.id, { onDelete: 'cascade' }),
    role: hostMemberRole().notNull().default('member'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    // One organisation per host account: the session's organisation is never a guess between two.
    uniqueIndex('host_members_one_organisation').on(t.userId),
    index().on(t.organisationId),
  ],
);

/** Partner associations that post offers on behalf of host organisations and support schools. */
export const operators = pgTable('operators', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  /** Granted by the admin: the partner API's search of every published offer, not only its own. */
  apiFullAccess: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const operatorMembers = pgTable(
  'operator_members',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.operatorId] })],
);

/** Host organisations an operator supports and may post for. */
export const operatorHosts = pgTable(
  'operator_hosts',
  {
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => hostOrganisations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.operatorId, t.organisationId] })],
);

export type Ministry = typeof ministries.$inferSelect;
export type HostOrganisation = typeof hostOrganisations.$inferSelect;
export type Operator = typeof operators.$inferSelect;
