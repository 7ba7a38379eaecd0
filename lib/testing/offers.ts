import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import * as s from '@/db/schema';
import { demoId } from '@/db/seed/demo-data';

/** Reads the offer tests check after a mutation, on the test's own database. */
export const offerRow = async (db: Db, id: string) => (await db.select().from(s.offers).where(eq(s.offers.id, id)))[0]!;

/** Demo offer 401's fields (a published offer of the demo host near Saint-Denis) to insert copies of it. */
export async function demoOfferFields(db: Db) {
  const {
    id: _id,
    seatsHeld: _held,
    searchVector: _vector,
    openWeeks: _open,
    ...fields
  } = await offerRow(db, demoId(401));
  return fields;
}

export const offerWeeks = async (db: Db, id: string) =>
  (await db.select({ week: s.offerWeeks.week }).from(s.offerWeeks).where(eq(s.offerWeeks.offerId, id)))
    .map((row) => row.week)
    .sort();

/** The status of the demo application demoId(n). */
export const applicationStatus = async (db: Db, n: number) =>
  (
    await db
      .select({ status: s.applications.status })
      .from(s.applications)
      .where(eq(s.applications.id, demoId(n)))
  )[0]!.status;

export const outbox = (db: Db, to: string) => db.select().from(s.emailOutbox).where(eq(s.emailOutbox.toAddress, to));
