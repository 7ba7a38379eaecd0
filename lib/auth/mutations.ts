import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
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
        .onConflictDoUpdate({
          target: [rateLimits.key, rateLimits.windowStart],
          set: { hits: sql`${rateLimits.hits} + 1` },
        });
    }
    // Old windows are worthless: keep the table small without a separate job.
    await tx.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(windowStart.getTime() - 24 * 3600_000)));
  });
}

class OverLimit extends Error {}

/**
 * Counts one hit per key and says whether every key stayed within its limit, atomically: each
 * upsert locks its counter until the transaction ends, so concurrent attempts are counted one
 * after the other and exactly `max` of them get through. An attempt over a limit is rolled back
 * (refused attempts do not count). Keys must always come in the same order (account, then address).
 */
export async function takeHits(limits: [key: string, max: number][], windowStart: Date, db?: Db): Promise<boolean> {
  db ??= await getDb();
  try {
    await db.transaction(async (tx) => {
      for (const [key, max] of limits) {
        const [row] = await tx
          .insert(rateLimits)
          .values({ key, windowStart, hits: 1 })
          .onConflictDoUpdate({
            target: [rateLimits.key, rateLimits.windowStart],
            set: { hits: sql`${rateLimits.hits} + 1` },
          })
          .returning({ hits: rateLimits.hits });
        if (row!.hits > max) throw new OverLimit();
      }
    });
  } catch (error) {
    if (error instanceof OverLimit) return false;
    throw error;
  }
  // Old windows are worthless: keep the table small, outside the transaction that holds the counters,
  // once per window and process rather than on every sign-in.
  const cutoff = windowStart.getTime() - 24 * 3600_000;
  if (cutoff > lastCleanupCutoff) {
    lastCleanupCutoff = cutoff;
    await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(cutoff)));
  }
  return true;
}

let lastCleanupCutoff = 0;

/**
 * Gives back one hit per key taken by takeHits in that window (a successful sign-in is not a
 * failure). One statement per key, in takeHits' order and outside any transaction, so it never
 * holds one counter while waiting for another.
 */
export async function returnHits(keys: string[], windowStart: Date, db?: Db): Promise<void> {
  db ??= await getDb();
  for (const key of keys) {
    await db
      .update(rateLimits)
      .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
      .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
  }
}

export async function deleteHits(key: string, db?: Db): Promise<void> {
  db ??= await getDb();
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

export async function markSignedIn(userId: string, db?: Db): Promise<void> {
  db ??= await getDb();
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
}
