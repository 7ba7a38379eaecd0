import 'server-only';
import { and, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { pupils, schoolClasses, users } from '@/db/schema';
import { todayInParis } from '@/lib/calendar/weeks';
import { anonymiseUser } from './deletion-mutations';

/**
 * The retention periods promised on /donnees-personnelles, enforced by a daily job
 * (instrumentation.ts):
 *
 * - a pupil's account is deleted on the 31 August that ends their year of 3e: once that day is
 *   over in Paris, every pupil of a class of that school year is anonymised. A pupil without a
 *   class (their class was deleted) counts in the school year they signed up for: the one of their
 *   account's creation date, where a sign-up from 1 June on is for the next year, as the sign-up
 *   form then offers the next year's classes (currentOrUpcomingSchoolYear);
 * - every other account except administrators' is deleted after three years without sign-in
 *   (counted from the account's creation when it never signed in). Administrators are kept: the
 *   service needs them and they are few, named by the national team. A school head is anonymised
 *   too and their membership ends, as for any deletion: after three years without a sign-in nobody
 *   manages the school through that account, and a stale head would keep the successor out (one
 *   head per school). The audit entry names the school (details.headOf) for the national team.
 *
 * - an account whose address was never verified is deleted 7 days after its creation (the link
 *   works 48 hours, and can be re-sent): an address someone signed up with without owning it
 *   becomes free again for its owner.
 *
 * "Deleted" means anonymised exactly as a deletion the user asks for (anonymiseUser): identity,
 * password and memberships go; the pupil row, applications and history stay, anonymous, for the
 * statistics. Each deletion is audited as 'user.deleted' with details.reason 'retention'.
 */

/** Roles whose accounts expire after three years without sign-in. */
const ADULT_ROLES = ['school_staff', 'host', 'operator', 'state_rep'] as const;
export const ADULT_INACTIVITY_YEARS = 3;
export const UNVERIFIED_ACCOUNT_DAYS = 7;

/**
 * Accounts anonymised per transaction: a transaction holds its row locks (and, on PGlite, the
 * whole database) only for a short while, and a crash loses at most one batch, redone next run.
 */
const BATCH_SIZE = 50;

export interface RetentionReport {
  pupils: number;
  adults: number;
  unverified: number;
}

/**
 * The last school year whose 31 August is over at `now`, in Paris: from 1 September Y+1 (Paris
 * time) on, the school year Y-(Y+1) has ended.
 */
export function lastEndedSchoolYear(now: Date): number {
  const today = todayInParis(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month >= 9 ? year - 1 : year - 2;
}

/** `now` minus three calendar years (29 February gives 1 March). */
export function adultInactivityCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - ADULT_INACTIVITY_YEARS);
  return cutoff;
}

/**
 * Anonymises every account whose retention period is over at `now`. Set-based and idempotent:
 * candidates are claimed in batches with `for update of users skip locked`, so several instances
 * running it at once share the work and never anonymise (or audit) an account twice; an account
 * already deleted is never a candidate. Returns how many accounts this call anonymised.
 */
export async function purgeExpiredAccounts(now = new Date(), db?: Db): Promise<RetentionReport> {
  db ??= await getDb();
  const endedYear = lastEndedSchoolYear(now);
  // A classless pupil created before 1 June of the year after `endedYear` (Paris time) signed up
  // for a school year that has ended (see the module comment).
  const classlessCutoff = `${endedYear + 1}-06-01`;
  const pupilsExpired = and(
    eq(users.role, 'pupil'),
    or(
      lte(schoolClasses.schoolYear, endedYear),
      and(
        isNull(schoolClasses.id),
        sql`${users.createdAt} < (${classlessCutoff}::timestamp at time zone 'Europe/Paris')`,
      ),
    ),
  )!;
  const adultsExpired = and(
    inArray(users.role, [...ADULT_ROLES]),
    sql`coalesce(${users.lastSignInAt}, ${users.createdAt}) < ${adultInactivityCutoff(now).toISOString()}::timestamptz`,
  )!;

  const neverVerified = and(
    isNull(users.emailVerifiedAt),
    sql`${users.createdAt} < ${new Date(now.getTime() - UNVERIFIED_ACCOUNT_DAYS * 86_400_000).toISOString()}::timestamptz`,
  )!;

  return {
    pupils: await purge(db, pupilsExpired, now),
    adults: await purge(db, adultsExpired, now),
    unverified: await purge(db, neverVerified, now),
  };
}

async function purge(db: Db, expired: SQL, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const anonymised = await db.transaction(async (tx) => {
      const batch = await tx
        .select({ id: users.id })
        .from(users)
        .leftJoin(pupils, eq(pupils.userId, users.id))
        .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
        .where(and(isNull(users.deletedAt), expired))
        .orderBy(users.id)
        .limit(BATCH_SIZE)
        // Only the user rows: classes stay free for their school, and other instances skip the
        // accounts this one is anonymising instead of waiting for them.
        .for('update', { of: users, skipLocked: true });
      let count = 0;
      for (const { id } of batch) {
        if (await anonymiseUser(tx, id, { now, reason: 'retention' })) count++;
      }
      return { claimed: batch.length, count };
    });
    total += anonymised.count;
    // A short batch means nothing is left (or the rest is being handled by another instance).
    if (anonymised.claimed < BATCH_SIZE || anonymised.count === 0) return total;
  }
}
