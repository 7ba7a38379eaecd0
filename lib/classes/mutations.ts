import 'server-only';
import { and, eq, gt, inArray } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { classInternshipWeeks, schoolClasses, staffMemberships } from '@/db/schema';
import { newToken } from '@/lib/auth/tokens';
import type { SessionUser } from '@/lib/auth/types';
import { checkCampaignWeeks } from '@/lib/calendar/campaign-weeks';
import { schoolCalendar } from '@/lib/calendar/holiday-queries';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { TEACHING_ROLES } from '@/lib/staff/policy';
import { canCreateClass, canEditClass, canManageClasses } from './policy';
import { CLASS_NOT_AVAILABLE, findStaffClass } from './queries';
import type { CreateClassInput, UpdateClassInput } from './schemas';

const DUPLICATE_CLASS = 'Une classe porte déjà ce nom cette année dans votre collège : choisissez un autre nom.';

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
  if (!created) return failOn('name', DUPLICATE_CLASS, 'NAME_TAKEN');
  return { ok: true, data: created };
}

/**
 * Renames a class of the actor's school, sets its main teacher (school-wide staff only: an active
 * teacher or main teacher of the same school) and its internship weeks (campaign-weeks.ts: Mondays of
 * the window, not past, not in the holidays of the school's zone; past weeks stay as they were).
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
  const calendar = await schoolCalendar(db, schoolClass.schoolId, schoolClass.schoolYear);
  const weeks = checkCampaignWeeks(input.weeks, {
    schoolYear: schoolClass.schoolYear,
    today,
    recorded,
    holidays: calendar?.holidays,
  });
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
      return failOn('mainTeacherId', message);
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
      return failOn('name', DUPLICATE_CLASS, 'NAME_TAKEN');
    throw error;
  }
  return { ok: true, data: undefined };
}

/**
 * Creates the class's sign-up link, or replaces it (the old one stops working at once, hence the
 * explicit `replace`: the class row holds one token, so the old link no longer finds the class).
 * The token is kept as is, not hashed: it is shown again on the class page. It lets a pupil join
 * this class without the main teacher's confirmation, then wait for parental authorisation.
 */
export async function setClassInviteLink(
  actor: SessionUser,
  { classId, replace }: { classId: string; replace: boolean },
  db?: Db,
): Promise<ActionResult<{ token: string }>> {
  db ??= await getDb();
  const cls = await findStaffClass(actor, classId, db);
  if (!cls) return fail('NOT_FOUND', CLASS_NOT_AVAILABLE);
  if (!canEditClass(actor, cls))
    return fail(
      'FORBIDDEN',
      'Seuls le professeur principal de la classe et la direction gèrent le lien d’inscription.',
    );
  if (cls.inviteToken && !replace) {
    return fail('VALIDATION', 'Cette classe a déjà un lien.', {
      confirm: ['Cochez la case pour confirmer : l’ancien lien ne fonctionnera plus.'],
    });
  }
  const { token } = newToken();
  await db
    .update(schoolClasses)
    .set({ inviteToken: token })
    .where(and(eq(schoolClasses.id, cls.id), eq(schoolClasses.schoolId, cls.schoolId)));
  return { ok: true, data: { token } };
}
