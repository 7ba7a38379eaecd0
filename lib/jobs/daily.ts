import 'server-only';
import { purgeExpiredAccounts } from '@/lib/account/retention-mutations';
import { remindMissingSignatories } from '@/lib/agreements/reminder-mutations';
import { runApplicationDeadlines } from '@/lib/applications/deadline-mutations';
import { purgeSessions } from '@/lib/auth/mutations';
import { todayInParis } from '@/lib/calendar/weeks';
import { describeError, log } from '@/lib/log';
import { purgeOldEmails } from '@/lib/notifications/mutations';
import { notifyOffersOutOfSearch } from '@/lib/offers/out-of-search-mutations';
import { repeat } from './timer';

/*
 * The scheduled tick (started by instrumentation.ts): idempotent set-based jobs, safe to run twice
 * and from several instances (each claims its rows atomically). One failing job does not stop the
 * others.
 */
const JOBS: { name: string; run: (now: Date) => Promise<Record<string, number>> }[] = [
  { name: 'accounts_retention', run: async (now) => ({ ...(await purgeExpiredAccounts(now)) }) },
  { name: 'sessions_purge', run: async (now) => ({ purged: await purgeSessions(now) }) },
  { name: 'emails_purge', run: async (now) => ({ purged: await purgeOldEmails(now) }) },
  { name: 'application_deadlines', run: (now) => runApplicationDeadlines(todayInParis(now), now) },
  { name: 'agreement_reminders', run: (now) => remindMissingSignatories(todayInParis(now), now) },
  {
    name: 'offers_out_of_search',
    run: async (now) => ({ notified: await notifyOffersOutOfSearch(todayInParis(now), now) }),
  },
];

/** First about a minute after start, so the jobs do not slow the server's first requests, then every `intervalMs`. */
export function startDailyJobs({
  firstRunMs = 60_000,
  intervalMs = 6 * 3600_000,
}: { firstRunMs?: number; intervalMs?: number } = {}): void {
  repeat('daily', { firstRunMs, intervalMs }, async () => {
    for (const job of JOBS) {
      try {
        const report = await job.run(new Date());
        if (Object.values(report).some((count) => count > 0)) log('info', `${job.name}_done`, report);
      } catch (error) {
        log('error', `${job.name}_failed`, { error: describeError(error) });
      }
    }
  });
}
