import 'server-only';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cancelAgreementsOf } from '@/lib/agreements/mutations';
import { applicationEvents, applications, offers, pupils, schoolClasses, users } from '@/db/schema';
import { formatWeek } from '@/lib/calendar/format';
import type { IsoDate } from '@/lib/calendar/weeks';
import { enqueueEmails, type OutgoingMessage } from '@/lib/notifications/mutations';
import { applicationEmails } from '@/lib/notifications/application-templates';
import type { Email } from '@/lib/notifications/templates';
import { offerManagerEmails } from '@/lib/offers/queries';
import { usableAccount } from '@/lib/users/scope';
import { statesBefore, type ApplicationStatus } from './rules';

/*
 * Every change of an application's state goes through moveApplications: the rows are locked and
 * re-read in a state the move may start from (rules.ts), so that of two requests racing on one
 * application the second finds it moved and changes nothing; each move is written to the history,
 * and a confirmed internship that leaves 'confirmed' cancels its convention.
 * The held-seat counters follow in the database (trigger of migration 0007).
 */

export interface MovedApplication {
  id: string;
  pupilId: string;
  offerId: string;
  week: IsoDate;
  from: ApplicationStatus;
}

export async function moveApplications(
  tx: Db,
  where: SQL,
  to: ApplicationStatus,
  {
    actorId,
    note = null,
    set = {},
    from = statesBefore(to),
    now = new Date(),
  }: {
    actorId: string | null;
    note?: string | null;
    set?: Partial<
      Pick<typeof applications.$inferInsert, 'rejectionReason' | 'cancellationReason' | 'acceptedAt' | 'remindedAt'>
    >;
    from?: readonly ApplicationStatus[];
    now?: Date;
  },
): Promise<MovedApplication[]> {
  const rows = await tx
    .select({
      id: applications.id,
      pupilId: applications.pupilId,
      offerId: applications.offerId,
      week: applications.week,
      from: applications.status,
    })
    .from(applications)
    .where(and(where, inArray(applications.status, [...from])))
    .for('update');
  if (!rows.length) return [];
  await tx
    .update(applications)
    .set({ ...set, status: to, updatedAt: now })
    .where(
      inArray(
        applications.id,
        rows.map((row) => row.id),
      ),
    );
  await tx
    .insert(applicationEvents)
    .values(
      rows.map((row) => ({ applicationId: row.id, fromStatus: row.from, toStatus: to, actorId, note, createdAt: now })),
    );
  // A confirmed internship cancelled (by the pupil or the host) cancels its convention, with the reason.
  await cancelAgreementsOf(
    tx,
    rows.filter((row) => row.from === 'confirmed').map((row) => row.id),
    { reason: set.cancellationReason || note || 'Le stage a été annulé.', actorId, now },
  );
  return rows;
}

/** What the e-mails about moved applications say: the offer's title, the week, the pupil, the class. */
export interface DescribedApplication extends MovedApplication {
  offerTitle: string;
  pupilEmail: string;
  pupilName: string;
  pupilLastName: string;
  className: string | null;
  mainTeacherId: string | null;
  about: { offerTitle: string; week: string };
}

const described = (row: MovedApplication): row is DescribedApplication => 'about' in row;

/**
 * The moved applications described, in one read for all of them; rows a tell* function already
 * described (it returns them) are not read again: the pupil's, the host's and the main teacher's
 * messages about one move share a single read.
 */
async function describe(tx: Db, moved: readonly MovedApplication[]): Promise<DescribedApplication[]> {
  if (moved.every(described)) return [...moved];
  const rows = await tx
    .select({
      id: applications.id,
      offerTitle: offers.title,
      pupilEmail: users.email,
      pupilName: users.firstName,
      pupilLastName: users.lastName,
      className: schoolClasses.name,
      mainTeacherId: schoolClasses.mainTeacherId,
    })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(users, eq(users.id, applications.pupilId))
    .innerJoin(pupils, eq(pupils.userId, applications.pupilId))
    .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .where(
      inArray(
        applications.id,
        moved.map((row) => row.id),
      ),
    );
  return moved.map((row) => {
    const found = rows.find((candidate) => candidate.id === row.id)!;
    return { ...row, ...found, about: { offerTitle: found.offerTitle, week: formatWeek(row.week) } };
  });
}

/** Each moved application's pupil gets the message `write` makes (none when it returns null); returns them described. */
export async function tellPupils(
  tx: Db,
  moved: readonly MovedApplication[],
  write: (application: DescribedApplication) => Email | null,
): Promise<DescribedApplication[]> {
  if (!moved.length) return [];
  const applications = await describe(tx, moved);
  const messages: OutgoingMessage[] = [];
  for (const application of applications) {
    const email = write(application);
    if (email) messages.push({ to: application.pupilEmail, email, userId: application.pupilId });
  }
  await enqueueEmails(tx, messages);
  return applications;
}

/** Every member of each moved application's host (and of the operator that posted the offer) gets the message. */
export async function tellHosts(
  tx: Db,
  moved: readonly MovedApplication[],
  write: (application: DescribedApplication) => Email,
): Promise<void> {
  if (!moved.length) return;
  const managers = await offerManagerEmails(tx, [...new Set(moved.map((row) => row.offerId))]);
  const messages: OutgoingMessage[] = [];
  for (const application of await describe(tx, moved)) {
    const email = write(application);
    for (const manager of managers.filter((m) => m.offerId === application.offerId))
      messages.push({ to: manager.email, email });
  }
  await enqueueEmails(tx, messages);
}

/** The main teacher of the pupil's class, when the host accepts and when the pupil confirms. */
export async function tellMainTeacher(tx: Db, moved: MovedApplication, confirmed: boolean): Promise<void> {
  const [application] = await describe(tx, [moved]);
  if (!application?.mainTeacherId) return;
  const [teacher] = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, application.mainTeacherId), usableAccount));
  if (!teacher) return;
  await enqueueEmails(tx, [
    {
      to: teacher.email,
      userId: application.mainTeacherId,
      email: applicationEmails.forMainTeacher({
        ...application.about,
        pupilName: `${application.pupilName} ${application.pupilLastName}`,
        className: application.className ?? '',
        confirmed,
      }),
    },
  ]);
}
