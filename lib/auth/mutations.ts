import 'server-only';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { rateLimits, sessions, users } from '@/db/schema';

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

export async function deleteHitsStartingWith(prefix: string, db?: Db): Promise<void> {
  db ??= await getDb();
  await db.delete(rateLimits).where(sql`starts_with(${rateLimits.key}, ${prefix})`);
}

/** How long a session lasts without being used; the cookie has the same lifetime (config.ts). */
export const SESSION_MAX_AGE_S = 8 * 3600;
const SESSION_MAX_AGE_MS = SESSION_MAX_AGE_S * 1000;

/** A new session for a user who just proved their password; its id goes into the session cookie. */
export async function openSession(userId: string, now = new Date(), db?: Db): Promise<string> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, userId));
    const [session] = await tx
      .insert(sessions)
      .values({ userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS) })
      .returning({ id: sessions.id });
    return session!.id;
  });
}

/**
 * Whether the session may still be used, checked on every request. A session in use is pushed
 * back once less than half its lifetime is left: one write every few hours, not one per request.
 */
export async function touchSession(sessionId: string, now = new Date(), db?: Db): Promise<boolean> {
  db ??= await getDb();
  const [session] = await db
    .select({ expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  if (!session) return false;
  if (session.expiresAt.getTime() - now.getTime() < SESSION_MAX_AGE_MS / 2)
    await db
      .update(sessions)
      .set({ expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS) })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  return true;
}

/** Ends one session (signing out): its cookie, wherever a copy of it is, no longer opens anything. */
export async function revokeSession(sessionId: string, now = new Date(), db?: Db): Promise<void> {
  db ??= await getDb();
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/**
 * Ends every session of a user, in the caller's transaction (a new password, a deleted or disabled
 * account): every device has to sign in again.
 */
export async function revokeUserSessions(tx: Db, userId: string, now = new Date()): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** Forgets sessions ended more than a day ago (the daily job): the table holds only live ones. */
export async function purgeSessions(now = new Date(), db?: Db): Promise<number> {
  db ??= await getDb();
  const cutoff = new Date(now.getTime() - 24 * 3600_000);
  const purged = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
    .returning({ id: sessions.id });
  return purged.length;
}
