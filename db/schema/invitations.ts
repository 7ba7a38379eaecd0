import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { invitationKind, staffRole } from './enums';
import { hostOrganisations, operators } from './organisations';
import { schools } from './schools';
import { users } from './users';

/**
 * E-mailed invitations to join a school's staff, a host organisation or an operator. Single use,
 * valid 7 days; only a SHA-256 of the token is stored.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: invitationKind().notNull(),
    tokenHash: text().notNull().unique(),
    email: text().notNull(),
    schoolId: uuid().references(() => schools.id, { onDelete: 'cascade' }),
    staffRole: staffRole(),
    organisationId: uuid().references(() => hostOrganisations.id, { onDelete: 'cascade' }),
    operatorId: uuid().references(() => operators.id, { onDelete: 'cascade' }),
    invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    usedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'invitations_target',
      sql`case ${t.kind}
        when 'school_staff' then ${t.schoolId} is not null and ${t.staffRole} is not null
        when 'host_colleague' then ${t.organisationId} is not null
        else ${t.operatorId} is not null end`,
    ),
    index().on(t.schoolId),
    index().on(t.organisationId),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
