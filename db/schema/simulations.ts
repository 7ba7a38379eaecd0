import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SimulationResult } from '@/lib/simulation/result';
import { users } from './users';

/*
 * Simulated campaigns (issue 16, migration 0018): the result file of `npm run simulate:campaign`,
 * loaded by the national team to show beside the live figures of the steering dashboards. Kept
 * entirely apart: no foreign key to campaigns, offers, schools or applications, and nothing here is
 * read by the steering facts, the indicators or the public statistics. The dashboards show the most
 * recently loaded one (loaded_at), a separate section of their own; deleting it hides it.
 */
export const simulatedCampaigns = pgTable(
  'simulated_campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The admin's name for it, shown on the list and above the dashboards' table. */
    label: text().notNull(),
    /** The simulator's random seed, scale and simulated school year (first calendar year), from the file. */
    seed: bigint({ mode: 'number' }).notNull(),
    scale: doublePrecision().notNull(),
    schoolYear: integer().notNull(),
    /** When the simulator finished, from the file. */
    finishedAt: timestamp({ withTimezone: true }).notNull(),
    /** The whole file, as validated by simulationResultSchema (lib/simulation/result.ts). */
    result: jsonb().$type<SimulationResult>().notNull(),
    loadedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('simulated_campaigns_label', sql`length(${t.label}) between 1 and 120`),
    check('simulated_campaigns_scale', sql`${t.scale} > 0`),
    index().on(t.loadedAt),
  ],
);

export type SimulatedCampaign = typeof simulatedCampaigns.$inferSelect;
