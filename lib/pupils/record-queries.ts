import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { applicationEvents, applications, hostOrganisations, offers, pupils, schoolClasses, users } from '@/db/schema';
import type { ApplicationStatus } from '@/lib/applications/rules';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { canFollowClass } from '@/lib/classes/policy';
import { isUuid } from '@/lib/ids';
import { livePupil } from './scope';

/*
 * One pupil's page for the staff who follow them (/etablissement/eleves/[id]): their class, their
 * parental authorisation, every application they sent and its history, read-only.
 */

export interface PupilRecordApplication {
  id: string;
  offerTitle: string;
  organisationName: string;
  week: IsoDate;
  status: ApplicationStatus;
  sentAt: Date;
  /** Every transition, oldest first (the first one is the sending). */
  history: { toStatus: ApplicationStatus; at: Date }[];
}

export interface PupilRecord {
  id: string;
  firstName: string;
  lastName: string;
  classId: string | null;
  className: string | null;
  consentAt: Date | null;
  applications: PupilRecordApplication[];
}

/**
 * The pupil, or null when they are not a pupil of the actor's school (the school is in the WHERE:
 * a forged id of another school reads nothing), or of a class the actor does not follow.
 */
export async function getPupilRecord(actor: SessionUser, pupilId: string, db?: Db): Promise<PupilRecord | null> {
  if (actor.role !== 'school_staff' || !actor.schoolId || !isUuid(pupilId)) return null;
  db ??= await getDb();
  const [pupil] = await db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      schoolId: pupils.schoolId,
      classId: schoolClasses.id,
      className: schoolClasses.name,
      mainTeacherId: schoolClasses.mainTeacherId,
      consentAt: pupils.parentalConsentAt,
    })
    .from(pupils)
    .innerJoin(users, eq(users.id, pupils.userId))
    .leftJoin(schoolClasses, and(eq(schoolClasses.id, pupils.classId), eq(schoolClasses.schoolId, pupils.schoolId)))
    .where(and(eq(pupils.userId, pupilId), eq(pupils.schoolId, actor.schoolId), livePupil));
  if (!pupil || !canFollowClass(actor, pupil)) return null;

  const sent = await db
    .select({
      id: applications.id,
      offerTitle: offers.title,
      organisationName: hostOrganisations.name,
      week: applications.week,
      status: applications.status,
      sentAt: applications.createdAt,
    })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .where(eq(applications.pupilId, pupil.id))
    .orderBy(asc(applications.week), asc(applications.createdAt), asc(applications.id));
  const events =
    sent.length === 0
      ? []
      : await db
          .select({
            applicationId: applicationEvents.applicationId,
            toStatus: applicationEvents.toStatus,
            at: applicationEvents.createdAt,
          })
          .from(applicationEvents)
          .where(
            inArray(
              applicationEvents.applicationId,
              sent.map((application) => application.id),
            ),
          )
          .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));

  const { schoolId: _school, mainTeacherId: _teacher, ...rest } = pupil;
  return {
    ...rest,
    applications: sent.map((application) => ({
      ...application,
      history: events
        .filter((event) => event.applicationId === application.id)
        .map(({ toStatus, at }) => ({ toStatus, at })),
    })),
  };
}
