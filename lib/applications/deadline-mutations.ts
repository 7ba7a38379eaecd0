import 'server-only';
import { and, inArray, isNull, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applications } from '@/db/schema';
import { addDays, type IsoDate } from '@/lib/calendar/weeks';
import { applicationEmails } from '@/lib/notifications/application-templates';
import { DEADLINES } from './rules';
import { moveApplications, tellHosts, tellPupils, type MovedApplication } from './transition-mutations';

/*
 * The time limits of applications, run by the daily job (lib/jobs/daily.ts): safe to run twice, the
 * second run finds nothing left to change. Days are counted in Paris time: an application sent on
 * 1 December at 23:30 in Paris is 15 days old on 16 December.
 */

/** The day of `at` in Paris is `days` days or more before today. */
function daysOld(at: AnyColumn, today: IsoDate, days: number): SQL {
  return sql`(${at} at time zone 'Europe/Paris')::date <= ${addDays(today, -days)}`;
}

export async function runApplicationDeadlines(
  today: IsoDate,
  now: Date,
  db?: Db,
): Promise<{ expired: number; lapsed: number; hostReminders: number; pupilReminders: number }> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    // No answer within 15 days, or the week has begun: the application expires.
    const expired = await moveApplications(
      tx,
      or(daysOld(applications.createdAt, today, DEADLINES.answerDays), lte(applications.week, today))!,
      'expired',
      { actorId: null, now },
    );
    await tellPupils(tx, expired, (application) => applicationEmails.expired(application.about));
    // Not confirmed within 7 days of the acceptance, or the week has begun: the seat is released.
    const lapsed = await moveApplications(
      tx,
      or(daysOld(applications.acceptedAt, today, DEADLINES.confirmDays), lte(applications.week, today))!,
      'acceptance_expired',
      { actorId: null, now },
    );
    const described = await tellPupils(tx, lapsed, (application) =>
      applicationEmails.acceptanceLapsed(application.about),
    );
    await tellHosts(tx, described, (application) =>
      applicationEmails.withdrawnForHost({ ...application.about, applicationId: application.id, why: 'lapsed' }),
    );
    // One reminder per wait: the host's after 7 days, the pupil's 5 days after the acceptance.
    const hostReminders = await remind(
      tx,
      and(
        inArray(applications.status, ['submitted', 'read']),
        daysOld(applications.createdAt, today, DEADLINES.hostReminderDays),
      )!,
      now,
    );
    await tellHosts(tx, hostReminders, (application) =>
      applicationEmails.hostReminder({ ...application.about, applicationId: application.id }),
    );
    const pupilReminders = await remind(
      tx,
      and(
        inArray(applications.status, ['accepted']),
        daysOld(applications.acceptedAt, today, DEADLINES.pupilReminderDays),
      )!,
      now,
    );
    await tellPupils(tx, pupilReminders, (application) => applicationEmails.pupilReminder(application.about));
    return {
      expired: expired.length,
      lapsed: lapsed.length,
      hostReminders: hostReminders.length,
      pupilReminders: pupilReminders.length,
    };
  });
}

/** Marks the applications not reminded yet as reminded now, and returns them. */
async function remind(tx: Db, where: SQL, now: Date): Promise<MovedApplication[]> {
  return tx
    .update(applications)
    .set({ remindedAt: now })
    .where(and(where, isNull(applications.remindedAt)))
    .returning({
      id: applications.id,
      pupilId: applications.pupilId,
      offerId: applications.offerId,
      week: applications.week,
      from: applications.status,
    });
}
