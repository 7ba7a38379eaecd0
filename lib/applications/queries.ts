import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applications, hostOrganisations, offers, pupilCvs, type PupilCvFields } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { classWeeksToCome } from '@/lib/classes/queries';
import type { ApplicationStatus } from './rules';

/* The pupil's side of applications: their CV, what they may apply for, and every application. */

export const EMPTY_CV: Required<PupilCvFields> = {
  subjects: '',
  activities: '',
  languages: '',
  hopes: '',
  availability: '',
};

export async function getCv(actor: SessionUser, db?: Db): Promise<Required<PupilCvFields>> {
  if (actor.role !== 'pupil') return EMPTY_CV;
  db ??= await getDb();
  const [cv] = await db
    .select({
      subjects: pupilCvs.subjects,
      activities: pupilCvs.activities,
      languages: pupilCvs.languages,
      hopes: pupilCvs.hopes,
      availability: pupilCvs.availability,
    })
    .from(pupilCvs)
    .where(eq(pupilCvs.pupilId, actor.id));
  return cv ?? EMPTY_CV;
}

/** What the apply form of an offer needs: the class's weeks to come, and the pupil's applications to it. */
export async function applyContext(
  actor: SessionUser,
  offerId: string,
  today: IsoDate,
  db?: Db,
): Promise<{ classWeeks: IsoDate[]; applied: { id: string; week: IsoDate; status: ApplicationStatus }[] }> {
  db ??= await getDb();
  const [classWeeks, applied] = await Promise.all([
    actor.classId ? classWeeksToCome(db, actor.classId, today) : [],
    db
      .select({ id: applications.id, week: applications.week, status: applications.status })
      .from(applications)
      .where(and(eq(applications.pupilId, actor.id), eq(applications.offerId, offerId)))
      .orderBy(asc(applications.week)),
  ]);
  return { classWeeks, applied };
}

export interface PupilApplication {
  id: string;
  offerId: string;
  offerTitle: string;
  organisationName: string;
  commune: string | null;
  week: IsoDate;
  status: ApplicationStatus;
  /** The host's words on a refusal or a cancellation. */
  message: string | null;
  sentAt: Date;
  acceptedAt: Date | null;
  /** Once confirmed: where to go and whom to ask for. */
  placement: {
    address: string;
    tutorName: string | null;
    tutorRole: string | null;
    tutorEmail: string | null;
    tutorPhone: string | null;
  } | null;
}

/** Every application of the pupil, the ones to act on first, then the newest. */
export async function listPupilApplications(actor: SessionUser, db?: Db): Promise<PupilApplication[]> {
  if (actor.role !== 'pupil') return [];
  db ??= await getDb();
  const rows = await db
    .select({
      id: applications.id,
      offerId: offers.id,
      offerTitle: offers.title,
      organisationName: hostOrganisations.name,
      commune: offers.commune,
      week: applications.week,
      status: applications.status,
      rejectionReason: applications.rejectionReason,
      cancellationReason: applications.cancellationReason,
      sentAt: applications.createdAt,
      acceptedAt: applications.acceptedAt,
      street: offers.street,
      postcode: offers.postcode,
      tutorName: offers.tutorName,
      tutorRole: offers.tutorRole,
      tutorEmail: offers.tutorEmail,
      tutorPhone: offers.tutorPhone,
    })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .where(eq(applications.pupilId, actor.id))
    .orderBy(
      sql`case ${applications.status} when 'accepted' then 0 when 'confirmed' then 1 when 'submitted' then 2 when 'read' then 2 else 3 end`,
      desc(applications.createdAt),
    );
  return rows.map(
    ({
      rejectionReason,
      cancellationReason,
      street,
      postcode,
      tutorName,
      tutorRole,
      tutorEmail,
      tutorPhone,
      ...row
    }) => ({
      ...row,
      message: rejectionReason ?? cancellationReason,
      placement:
        row.status === 'confirmed'
          ? {
              address: [street, [postcode, row.commune].filter(Boolean).join(' ')].filter(Boolean).join(', '),
              tutorName,
              tutorRole,
              tutorEmail,
              tutorPhone,
            }
          : null,
    }),
  );
}

/** Confirmed internships of the current school year. */
export function confirmedThisYear(list: readonly PupilApplication[], today: IsoDate): PupilApplication[] {
  const year = currentOrUpcomingSchoolYear(today);
  return list.filter((row) => row.status === 'confirmed' && currentOrUpcomingSchoolYear(row.week) === year);
}
