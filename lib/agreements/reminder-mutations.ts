import 'server-only';
import { and, eq, gt, inArray, isNull, lte, notExists, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  agreementReminders,
  agreements,
  applications,
  offers,
  pupils,
  schoolClasses,
  schools,
  staffMemberships,
  users,
} from '@/db/schema';
import { formatWeek } from '@/lib/calendar/format';
import { addDays, toUtcMs, type IsoDate } from '@/lib/calendar/weeks';
import { agreementEmails } from '@/lib/notifications/agreement-templates';
import { enqueueEmails, type OutgoingMessage } from '@/lib/notifications/mutations';
import type { Email } from '@/lib/notifications/templates';
import { offerManagerEmails } from '@/lib/offers/queries';
import { usableAccount } from '@/lib/users/scope';
import { missingHostFields, missingSchoolFields } from './rules';
import { storedAgreementColumns, withStates } from './state-queries';

/*
 * The daily reminders to the signatories still missing (lib/jobs/daily.ts), 7 and 3 days before the
 * week: each once per convention, recorded in agreement_reminders. A missed day is caught up: the
 * 7-day reminder goes on the first run 7 to 4 days before the Monday, the 3-day one 3 to 1 days
 * before; a convention confirmed 5 days before its week gets the first only. Safe to run twice and
 * from several instances: the insert of the record claims the convention (its primary key decides).
 *
 * Who is told: while a part is incomplete, the side whose part misses something (the host's
 * managers; the school's head, the class's main teacher and whoever the school part names to sign);
 * then each signatory missing on the current text: the school's signatory, the host's managers, the
 * pupil, each legal representative (told that the school sent them a link and re-sends it).
 */

export const REMINDER_DAYS = [7, 3] as const;

const PAGE = 1000;

export async function remindMissingSignatories(
  today: IsoDate,
  now: Date,
  db?: Db,
): Promise<{ checked: number; reminded: number; emails: number }> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    // Days from today to the week's Monday: 7 to 4 for the first reminder, 3 to 1 for the second.
    const daysBefore = sql<number>`(case when ${applications.week} - ${today}::date <= 3 then 3 else 7 end)::smallint`;
    const due = await tx
      .select({
        ...storedAgreementColumns,
        daysBefore,
        week: applications.week,
        offerId: applications.offerId,
        offerTitle: offers.title,
        pupilFirstName: users.firstName,
        pupilLastName: users.lastName,
        pupilEmail: sql<string | null>`case when ${usableAccount} then ${users.email} end`,
        schoolId: pupils.schoolId,
        schoolName: schools.name,
        mainTeacherId: schoolClasses.mainTeacherId,
      })
      .from(agreements)
      .innerJoin(applications, eq(applications.id, agreements.applicationId))
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .innerJoin(users, eq(users.id, applications.pupilId))
      .innerJoin(pupils, eq(pupils.userId, applications.pupilId))
      .innerJoin(schools, eq(schools.id, pupils.schoolId))
      .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
      .where(
        and(
          isNull(agreements.canceledAt),
          isNull(agreements.outcome),
          gt(applications.week, today),
          lte(applications.week, addDays(today, REMINDER_DAYS[0])),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(agreementReminders)
              .where(
                and(eq(agreementReminders.agreementId, agreements.id), eq(agreementReminders.daysBefore, daysBefore)),
              ),
          ),
        ),
      );

    // The claim: another run (or instance) that recorded the same reminder first keeps it.
    const claimed = new Set<string>();
    for (let from = 0; from < due.length; from += PAGE) {
      const rows = await tx
        .insert(agreementReminders)
        .values(
          due.slice(from, from + PAGE).map((row) => ({ agreementId: row.id, daysBefore: row.daysBefore, sentAt: now })),
        )
        .onConflictDoNothing()
        .returning({ agreementId: agreementReminders.agreementId });
      for (const row of rows) claimed.add(row.agreementId);
    }
    const toRemind = await withStates(
      tx,
      due.filter((row) => claimed.has(row.id)),
    );

    // Who each convention waits for, before reading their addresses all at once.
    const plans = toRemind.map(({ state, missingSigners, hostPart, schoolPart, legalRepresentatives, ...row }) => {
      const parts = state === 'to_complete';
      const missing = new Set(missingSigners.map((signer) => signer.party));
      return {
        row,
        parts,
        host: parts ? missingHostFields(hostPart).length > 0 : missing.has('host'),
        school: parts ? missingSchoolFields(schoolPart, legalRepresentatives).length > 0 : missing.has('school'),
        pupil: !parts && missing.has('pupil'),
        representatives: parts
          ? []
          : legalRepresentatives.filter((rep) =>
              missingSigners.some((s) => s.party === 'legal_representative' && s.legalRepresentativeId === rep.id),
            ),
        signatoryId: schoolPart.signatory?.userId ?? null,
      };
    });

    const hostEmails = await offerManagerEmails(tx, [
      ...new Set(plans.filter((plan) => plan.host).map((plan) => plan.row.offerId)),
    ]);
    const schoolUserIds = [
      ...new Set(
        plans.flatMap((plan) =>
          !plan.school ? [] : plan.parts ? [plan.signatoryId, plan.row.mainTeacherId] : [plan.signatoryId],
        ),
      ),
    ].filter((id): id is string => !!id);
    const accounts = schoolUserIds.length
      ? await tx
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(and(inArray(users.id, schoolUserIds), usableAccount))
      : [];
    const schoolIdsOfParts = [
      ...new Set(plans.filter((plan) => plan.school && plan.parts).map((plan) => plan.row.schoolId)),
    ];
    const heads = schoolIdsOfParts.length
      ? await tx
          .select({ schoolId: staffMemberships.schoolId, email: users.email })
          .from(staffMemberships)
          .innerJoin(users, eq(users.id, staffMemberships.userId))
          .where(
            and(
              inArray(staffMemberships.schoolId, schoolIdsOfParts),
              eq(staffMemberships.role, 'head'),
              eq(staffMemberships.status, 'active'),
              usableAccount,
            ),
          )
      : [];
    const emailOf = new Map(accounts.map((account) => [account.id, account.email]));

    const messages: OutgoingMessage[] = [];
    let reminded = 0;
    for (const plan of plans) {
      const { row } = plan;
      const days = Math.round((toUtcMs(row.week) - toUtcMs(today)) / 86_400_000);
      const about = {
        pupilName: `${row.pupilFirstName} ${row.pupilLastName}`,
        offerTitle: row.offerTitle,
        week: formatWeek(row.week),
        agreementId: row.id,
        days,
      };
      const sent = new Set<string>();
      const send = (to: string | null | undefined, email: Email) => {
        if (!to || sent.has(to)) return;
        sent.add(to);
        messages.push({ to, email });
      };
      const sideEmail = (side: 'host' | 'school') =>
        plan.parts
          ? agreementEmails.partReminder({ ...about, side })
          : agreementEmails.signatureReminder({ ...about, side });
      if (plan.school) {
        const email = sideEmail('school');
        send(plan.signatoryId && emailOf.get(plan.signatoryId), email);
        if (plan.parts) {
          send(row.mainTeacherId && emailOf.get(row.mainTeacherId), email);
          for (const head of heads) if (head.schoolId === row.schoolId) send(head.email, email);
        }
      }
      if (plan.host) {
        const email = sideEmail('host');
        for (const manager of hostEmails) if (manager.offerId === row.offerId) send(manager.email, email);
      }
      if (plan.pupil) send(row.pupilEmail, agreementEmails.pupilSignatureReminder(about));
      for (const rep of plan.representatives)
        send(rep.email, agreementEmails.representativeSignatureReminder({ ...about, schoolName: row.schoolName }));
      if (sent.size) reminded++;
    }
    for (let from = 0; from < messages.length; from += PAGE) await enqueueEmails(tx, messages.slice(from, from + PAGE));
    return { checked: toRemind.length, reminded, emails: messages.length };
  });
}
