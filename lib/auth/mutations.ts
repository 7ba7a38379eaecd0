import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { rateLimits, users } from '@/db/schema';

/** Counts one hit per key in the current fixed window; one upsert per key, atomic under concurrency. */
export async function recordHits(keys: string[], windowStart: Date, db?: Db): Promise<void> {
  db ??= await getDb();
  await db.transaction(async (tx) => {
    for (const key of keys) {
      await tx
        .insert(rateLimits)
        .values({ key, windowStart, hits: 1 })
        .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } });
    }
    // Old windows are worthless: keep the table small without a separate job.
    await tx.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(windowStart.getTime() - 24 * 3600_000)));
  });
}

export async function deleteHits(key: string, db?: Db): Promise<void> {
  db ??= await getDb();
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

export async function markSignedIn(userId: string, db?: Db): Promise<void> {
  db ??= await getDb();
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
}
