import 'server-only';
import { and, asc, desc, eq, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  academies,
  agreements,
  applications,
  departments,
  headRequests,
  pupils,
  schoolClasses,
  schools,
  staffMemberships,
} from '@/db/schema';
import { schoolYearBounds } from '@/lib/calendar/school-year';
import { isStaffOf } from '@/lib/staff/policy';
import { verifiedMember } from '@/lib/staff/scope';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { livePupil } from '@/lib/pupils/scope';
import { containsFolded, containsPattern } from '@/lib/text/fold';

export interface SchoolSearchResult {
  id: string;
  uai: string;
  name: string;
  commune: string;
  postcode: string | null;
  departmentCode: string;
  network: 'rep_plus' | 'rep' | 'derogation' | 'none';
  eligible: boolean;
  registered: boolean;
  hasHead: boolean;
}

/** REP+, REP, or a derogation approved by the prefecture and the académie (circular, II). */
export const eligibleSchool: SQL = sql`(${schools.network} in ('rep_plus', 'rep') or (${schools.network} = 'derogation' and ${schools.derogationApprovedAt} is not null))`;

/** The school has a head: a non-revoked head membership (the registration date stays when a head is removed). */
export const schoolHasHead: SQL = sql`exists (select 1 from ${staffMemberships} where ${staffMemberships.schoolId} = ${schools.id} and ${staffMemberships.role} = 'head' and ${staffMemberships.status} <> 'revoked')`;

const directoryColumns = {
  id: schools.id,
  uai: schools.uai,
  name: schools.name,
  commune: schools.commune,
  postcode: schools.postcode,
  departmentCode: schools.departmentCode,
  network: schools.network,
  eligible: sql<boolean>`${eligibleSchool}`,
  registered: sql<boolean>`${schools.registeredAt} is not null`,
  hasHead: sql<boolean>`${schoolHasHead}`,
};

/**
 * The public school directory, searched by name, commune or UAI (at least 2 characters; an exact
 * UAI comes first). `registeredOnly` keeps schools whose head has registered them (pupil sign-up).
 * Public data: no personal information in the result.
 */
export async function searchSchools(
  query: string,
  { registeredOnly = false, limit = 20 } = {},
  db?: Db,
): Promise<SchoolSearchResult[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  db ??= await getDb();
  const uai = q.toUpperCase().replace(/\s+/g, '');
  const rows = await db
    .select(directoryColumns)
    .from(schools)
    .where(
      and(
        or(
          eq(schools.uai, uai),
          containsFolded(schools.name, q),
          containsFolded(schools.commune, q),
          like(schools.postcode, containsPattern(q)),
        ),
        registeredOnly ? isNotNull(schools.registeredAt) : undefined,
      ),
    )
    .orderBy(sql`${schools.uai} = ${uai} desc`, asc(schools.commune), asc(schools.name))
    .limit(limit);
  return rows;
}

/**
 * A school of the directory with its académie's e-mail domain (ac-creteil.fr), for the head's and
 * the staff's sign-up: public fields only. Null for an unknown id.
 */
export async function findSchoolForRegistration(
  id: string,
  db?: Db,
): Promise<(SchoolSearchResult & { emailDomain: string | null }) | null> {
  if (!isUuid(id)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({ ...directoryColumns, emailDomain: academies.emailDomain })
    .from(schools)
    .innerJoin(departments, eq(departments.code, schools.departmentCode))
    .innerJoin(academies, eq(academies.code, departments.academyCode))
    .where(eq(schools.id, id));
  return row ?? null;
}

export interface SchoolOverview {
  name: string;
  uai: string;
  commune: string;
  network: SchoolSearchResult['network'];
  registeredAt: Date | null;
  classes: number;
  pupils: number;
  pupilsWithConsent: number;
  /** Internships of its pupils recorded as completed after their week (the conventions' outcome). */
  completedInternships: number;
  staff: number;
  pendingJoinRequests: number;
}

/**
 * The dashboard of the actor's own school: identity and counts (classes of `schoolYear`, pupils
 * with an account, those whose parental authorisation is recorded, internships of `schoolYear`
 * completed, active staff, join requests).
 * Every active staff member sees it; null for anyone else.
 */
export async function getSchoolOverview(
  actor: SessionUser,
  schoolYear: number,
  db?: Db,
): Promise<SchoolOverview | null> {
  const schoolId = actor.schoolId;
  if (!schoolId || !isStaffOf(actor, schoolId)) return null;
  db ??= await getDb();
  const pupilsOfSchool = and(eq(pupils.schoolId, schools.id), livePupil);
  const year = schoolYearBounds(schoolYear);
  const [row] = await db
    .select({
      name: schools.name,
      uai: schools.uai,
      commune: schools.commune,
      network: schools.network,
      registeredAt: schools.registeredAt,
      classes: db.$count(
        schoolClasses,
        and(eq(schoolClasses.schoolId, schools.id), eq(schoolClasses.schoolYear, schoolYear)),
      ),
      pupils: db.$count(pupils, pupilsOfSchool),
      pupilsWithConsent: db.$count(pupils, and(pupilsOfSchool, isNotNull(pupils.parentalConsentAt))),
      completedInternships: db.$count(
        agreements,
        and(
          eq(agreements.outcome, 'completed'),
          sql`${agreements.applicationId} in (select ${applications.id} from ${applications} join ${pupils} on ${pupils.userId} = ${applications.pupilId} where ${pupils.schoolId} = ${schools.id} and ${applications.week} between ${year.startsOn} and ${year.endsOn})`,
        ),
      ),
      staff: db.$count(
        staffMemberships,
        and(eq(staffMemberships.schoolId, schools.id), eq(staffMemberships.status, 'active')),
      ),
      pendingJoinRequests: db.$count(
        staffMemberships,
        and(eq(staffMemberships.schoolId, schools.id), eq(staffMemberships.status, 'pending'), verifiedMember),
      ),
    })
    .from(schools)
    .where(eq(schools.id, schoolId));
  return row ?? null;
}

/**
 * For a staff account without an active membership: its latest claim to head a school, pending
 * (the national team examines it) or refused with the reason; null when it made none or it was approved.
 */
export async function ownHeadRequest(
  actor: SessionUser,
  db?: Db,
): Promise<{ schoolName: string; status: 'pending' | 'refused'; reason: string | null } | null> {
  if (actor.role !== 'school_staff') return null;
  db ??= await getDb();
  const [row] = await db
    .select({ schoolName: schools.name, status: headRequests.status, reason: headRequests.decisionReason })
    .from(headRequests)
    .innerJoin(schools, eq(schools.id, headRequests.schoolId))
    .where(eq(headRequests.userId, actor.id))
    .orderBy(desc(headRequests.createdAt))
    .limit(1);
  return row && row.status !== 'approved' ? { ...row, status: row.status as 'pending' | 'refused' } : null;
}
