import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { academies, classInternshipWeeks, departments, schoolClasses, schools, staffMemberships } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import { canCreateClass, canEditClass, canManageClasses, TEACHING_ROLES } from '@/lib/auth/policy';
import type { SessionUser } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import { fail, type ActionResult } from '@/lib/errors';
import { todayInParis } from '@/lib/calendar/weeks';
import { createAccount } from '@/lib/users/mutations';
import { eligibleSchool } from './queries';
import { checkCampaignWeeks } from '@/lib/calendar/campaign-weeks';
import { headRegistrationRefusal } from './rules';
import type { CreateClassInput, RegisterSchoolInput, UpdateClassInput } from './schemas';

export const CLAIMED_MEANWHILE = 'Ce collège vient d’être inscrit par une autre personne.';
const DUPLICATE_CLASS = 'Une classe porte déjà ce nom cette année dans votre collège : choisissez un autre nom.';

/**
 * A head registers their school: account (school staff), active head membership, registration
 * date and audit entry, in one transaction. Public (no actor); the caller rate-limits it. The
 * school's eligibility is checked here, not trusted from the page, and one head per school is
 * decided by the partial unique index staff_memberships_one_head when two claims race.
 */
export async function registerSchool(input: RegisterSchoolInput, db?: Db): Promise<ActionResult<{ email: string }>> {
  db ??= await getDb();
  // Checked once before hashing (a refused claim costs no scrypt), then again in the transaction.
  const precheck = await checkRegistration(db, input);
  if (!precheck.ok) return precheck;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const school = await checkRegistration(tx, input);
      if (!school.ok) return school;
      const account = await createAccount(tx, {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
        role: 'school_staff',
      });
      if (!account.ok) return account;
      await tx
        .insert(staffMemberships)
        .values({ userId: account.data.id, schoolId: input.schoolId, role: 'head', status: 'active' });
      await tx
        .update(schools)
        .set({ registeredAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(schools.id, input.schoolId));
      await audit(tx, {
        actorId: account.data.id,
        action: 'school.registered',
        targetType: 'school',
        targetId: input.schoolId,
        details: { uai: school.data.uai, academicEmail: school.data.academicEmail },
      });
      return { ok: true as const, data: { email: input.email } };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'staff_memberships_one_head')) return fail('CONFLICT', CLAIMED_MEANWHILE);
    throw error;
  }
}

/**
 * Eligibility, no head yet, and the e-mail: an address outside the académie's domain is accepted
 * only once the head confirms it. Why not refuse it: some heads use the school's functional address
 * or a domain our reference data lacks, and a hard block would lock them out; the audit entry
 * records it so the national team can check such registrations.
 */
async function checkRegistration(
  db: Db,
  input: RegisterSchoolInput,
): Promise<ActionResult<{ uai: string; academicEmail: boolean | null }>> {
  const [school] = await db
    .select({
      uai: schools.uai,
      network: schools.network,
      eligible: sql<boolean>`${eligibleSchool}`,
      registered: sql<boolean>`${schools.registeredAt} is not null or exists (select 1 from ${staffMemberships} where ${staffMemberships.schoolId} = ${schools.id} and ${staffMemberships.role} = 'head' and ${staffMemberships.status} <> 'revoked')`,
      emailDomain: academies.emailDomain,
    })
    .from(schools)
    .innerJoin(departments, eq(departments.code, schools.departmentCode))
    .innerJoin(academies, eq(academies.code, departments.academyCode))
    .where(eq(schools.id, input.schoolId));
  if (!school)
    return fail('NOT_FOUND', 'Ce collège n’est pas dans l’annuaire. Recherchez-le à nouveau.', {
      schoolId: ['Collège introuvable.'],
    });
  const refusal = headRegistrationRefusal(school);
  if (refusal) return fail(school.registered ? 'CONFLICT' : 'FORBIDDEN', refusal);
  const academicEmail = school.emailDomain ? isAtDomain(input.email, school.emailDomain) : null;
  if (academicEmail === false && !input.otherDomain) {
    return fail('VALIDATION', `Cette adresse n’est pas une adresse de votre académie (…@${school.emailDomain}).`, {
      email: [
        `Utilisez de préférence votre adresse professionnelle de l’académie, par exemple prenom.nom@${school.emailDomain}.`,
      ],
      otherDomain: ['Si vous n’avez pas d’adresse académique, cochez cette case pour utiliser celle-ci.'],
    });
  }
  return { ok: true, data: { uai: school.uai, academicEmail } };
}

/**
 * Opens a class of the current campaign in the actor's own school (never a school named by the
 * form). A main teacher who opens one becomes its main teacher (technical note, Annex 1).
 */
export async function createClass(
  actor: SessionUser,
  input: CreateClassInput,
  now = new Date(),
  db?: Db,
): Promise<ActionResult<{ id: string }>> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canCreateClass(actor, schoolId))
    return fail('FORBIDDEN', 'Votre rôle ne permet pas d’ouvrir une classe dans ce collège.');
  db ??= await getDb();
  const [created] = await db
    .insert(schoolClasses)
    .values({
      schoolId,
      schoolYear: currentOrUpcomingSchoolYear(todayInParis(now)),
      name: input.name,
      mainTeacherId: canManageClasses(actor, schoolId) ? null : actor.id,
    })
    .onConflictDoNothing()
    .returning({ id: schoolClasses.id });
  if (!created) return fail('VALIDATION', DUPLICATE_CLASS, { name: [DUPLICATE_CLASS] });
  return { ok: true, data: created };
}

/**
 * Renames a class of the actor's school, sets its main teacher (school-wide staff only: an active
 * teacher or main teacher of the same school) and its internship weeks (rules.ts: Mondays of the
 * window, not past; past weeks stay as they were).
 */
export async function updateClass(
  actor: SessionUser,
  input: UpdateClassInput,
  now = new Date(),
  db?: Db,
): Promise<ActionResult<void>> {
  if (!actor.schoolId) return fail('NOT_FOUND', 'Cette classe n’existe pas dans votre collège.');
  db ??= await getDb();
  const [schoolClass] = await db
    .select({
      id: schoolClasses.id,
      schoolId: schoolClasses.schoolId,
      schoolYear: schoolClasses.schoolYear,
      mainTeacherId: schoolClasses.mainTeacherId,
    })
    .from(schoolClasses)
    .where(and(eq(schoolClasses.id, input.classId), eq(schoolClasses.schoolId, actor.schoolId)));
  if (!schoolClass) return fail('NOT_FOUND', 'Cette classe n’existe pas dans votre collège.');
  if (!canEditClass(actor, schoolClass))
    return fail(
      'FORBIDDEN',
      'Seuls le professeur principal de la classe et l’équipe de direction modifient cette classe.',
    );

  const today = todayInParis(now);
  const recorded = (
    await db
      .select({ week: classInternshipWeeks.week })
      .from(classInternshipWeeks)
      .where(eq(classInternshipWeeks.classId, schoolClass.id))
  ).map((r) => r.week);
  const weeks = checkCampaignWeeks(input.weeks, { schoolYear: schoolClass.schoolYear, today, recorded });
  if (!weeks.ok) return fail('VALIDATION', weeks.message, { weeks: [weeks.message] });

  const mainTeacherId =
    canManageClasses(actor, schoolClass.schoolId) && input.mainTeacherId !== undefined
      ? input.mainTeacherId
      : schoolClass.mainTeacherId;
  if (mainTeacherId && mainTeacherId !== schoolClass.mainTeacherId) {
    const [teacher] = await db
      .select({ id: staffMemberships.id })
      .from(staffMemberships)
      .where(
        and(
          eq(staffMemberships.userId, mainTeacherId),
          eq(staffMemberships.schoolId, schoolClass.schoolId),
          eq(staffMemberships.status, 'active'),
          inArray(staffMemberships.role, [...TEACHING_ROLES]),
        ),
      );
    if (!teacher) {
      const message = 'Choisissez un professeur de l’équipe du collège.';
      return fail('VALIDATION', message, { mainTeacherId: [message] });
    }
  }

  try {
    await db.transaction(async (tx) => {
      await tx
        .update(schoolClasses)
        .set({ name: input.name, mainTeacherId })
        .where(eq(schoolClasses.id, schoolClass.id));
      await tx
        .delete(classInternshipWeeks)
        .where(and(eq(classInternshipWeeks.classId, schoolClass.id), gt(classInternshipWeeks.week, today)));
      const future = weeks.weeks.filter((week) => week > today);
      if (future.length > 0)
        await tx.insert(classInternshipWeeks).values(future.map((week) => ({ classId: schoolClass.id, week })));
    });
  } catch (error) {
    if (isUniqueViolation(error, 'school_classes_schoolId_schoolYear_name_unique'))
      return fail('VALIDATION', DUPLICATE_CLASS, { name: [DUPLICATE_CLASS] });
    throw error;
  }
  return { ok: true, data: undefined };
}

/** prenom.nom@ac-creteil.fr, and sub-domains such as ce.ac-creteil.fr. */
function isAtDomain(email: string, domain: string): boolean {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}
