import { pgTable, text, uuid } from 'drizzle-orm/pg-core';

/** ONISEP-aligned professional sectors. The UUIDs are stable: partner APIs send them as sector_uuid. */
export const sectors = pgTable('sectors', {
  id: uuid().primaryKey(),
  name: text().notNull().unique(),
  onisepUrl: text(),
});

export type Sector = typeof sectors.$inferSelect;
