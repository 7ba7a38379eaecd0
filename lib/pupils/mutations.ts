import 'server-only';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { pupils, schoolClasses, schools, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import { canApproveClassPupils, canRecordConsent } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { todayInParis } from '@/lib/calendar/weeks';
import { createAccount } from '@/lib/users/mutations';
import { CLASS_NOT_AVAILABLE, findStaffClass } from '@/lib/classes/queries';
import { livePupil } from './scope';
import { SCHOOL_NOT_REGISTERED_MESSAGE, type PupilSignUpInput } from './schemas';

const CLASS_NOT_FOUND = 'Cette classe n’existe pas dans ton collège. Choisis ta classe dans la liste.';

const LINK_EXPIRED = 'Ce lien d’inscription n’est plus valable. Demande le nouveau lien à ton professeur principal.';

/**
 * Creates the pupil's account and attaches it to their class, in one transaction. The form's
 * school and class are checked again here: the school must be registered, the class must be one
 * of its classes of the current campaign and, for an invite link, still carry that link (a link
 * replaced since is refused). Without the link, anyone could pick any class: the account waits
 * (status pending) until the class's main teacher or the head approves it from the class page.
 * The account starts without parental authorisation: no offer is visible until it is recorded.
 */
export async function signUpPupil(
  { password, ...input }: Omit<PupilSignUpInput, 'token'> & { token?: string },
  { today = todayInParis() }: { today?: IsoDate } = {},
  db?: Db,
): Promise<ActionResult<{ id: string }>> {
  db ??= await getDb();
  // Hashed outside the transaction: scrypt takes a few hundred milliseconds.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [school] = await tx
      .select({ registeredAt: schools.registeredAt })
      .from(schools)
      .where(eq(schools.id, input.schoolId));
    if (!school?.registeredAt) return failOn('schoolId', SCHOOL_NOT_REGISTERED_MESSAGE, 'FORBIDDEN');
    const [cls] = await tx
      .select({ id: schoolClasses.id, inviteToken: schoolClasses.inviteToken })
      .from(schoolClasses)
      .where(
        and(
          eq(schoolClasses.id, input.classId),
          eq(schoolClasses.schoolId, input.schoolId),
          eq(schoolClasses.schoolYear, currentOrUpcomingSchoolYear(today)),
        ),
      );
    if (!cls) return failOn('classId', CLASS_NOT_FOUND, 'NOT_FOUND');
    if (input.token !== undefined && cls.inviteToken !== input.token) return fail('FORBIDDEN', LINK_EXPIRED);

    const account = await createAccount(tx as unknown as Db, {
      via: 'sign_up',
      email: input.email,
      passwordHash,
      firstName: input.firstName,
      lastName: input.lastName,
      role: 'pupil',
      status: input.token === undefined ? 'pending' : 'active',
    });
    // An address already in use: its owner was e-mailed, the pupil sees the same page as a success.
    if (!account.ok) return account;
    await tx
      .insert(pupils)
      .values({ userId: account.data.id, schoolId: input.schoolId, classId: cls.id, gender: input.gender });
    return account;
  });
}

/**
 * Records the signed forms the main teacher (or the head) collected. Only pupils of that class, in
 * the actor's school, still awaiting authorisation are updated, whatever ids the form sent.
 */
export async function recordConsents(
  actor: SessionUser,
  { classId, pupilIds }: { classId: string; pupilIds: string[] },
  db?: Db,
): Promise<ActionResult<{ count: number }>> {
  db ??= await getDb();
  const { cls, refused } = await classToActOn(actor, classId, db, canRecordConsent, 'enregistrent les autorisations');
  if (!cls) return refused;
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(pupils)
      .set({ parentalConsentAt: new Date(), parentalConsentRecordedBy: actor.id })
      .where(
        and(
          inArray(pupils.userId, pupilIds),
          eq(pupils.classId, cls.id),
          eq(pupils.schoolId, cls.schoolId),
          isNull(pupils.parentalConsentAt),
          livePupil,
        ),
      )
      .returning({ id: pupils.userId });
    await auditPupils(tx, actor, 'pupil.consent_recorded', updated, cls.id);
    return { ok: true as const, data: { count: updated.length } };
  });
}

/** Undoes an authorisation recorded by mistake: the pupil stops seeing offers at their next request. */
export async function withdrawConsent(
  actor: SessionUser,
  { classId, pupilId }: { classId: string; pupilId: string },
  db?: Db,
): Promise<ActionResult> {
  db ??= await getDb();
  const { cls, refused } = await classToActOn(actor, classId, db, canRecordConsent, 'retirent une autorisation');
  if (!cls) return refused;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(pupils)
      .set({ parentalConsentAt: null, parentalConsentRecordedBy: null })
      .where(
        and(
          eq(pupils.userId, pupilId),
          eq(pupils.classId, cls.id),
          eq(pupils.schoolId, cls.schoolId),
          isNotNull(pupils.parentalConsentAt),
        ),
      )
      .returning({ id: pupils.userId });
    if (!updated)
      return fail('NOT_FOUND', 'Cet élève n’a pas d’autorisation enregistrée dans cette classe.', {
        pupilId: ['Choisissez un élève de la liste.'],
      });
    await audit(tx as unknown as Db, {
      actorId: actor.id,
      action: 'pupil.consent_withdrawn',
      targetType: 'pupil',
      targetId: updated.id,
      details: { classId: cls.id },
    });
    return { ok: true as const, data: undefined };
  });
}

/**
 * The main teacher of the class (or the head) confirms pupils who signed up without the class's
 * link: their account becomes active, and their parental authorisation can then be recorded. Only
 * pending pupils of that class, in the actor's school, are approved, whatever ids the form sent.
 */
export async function approveClassPupils(
  actor: SessionUser,
  { classId, pupilIds }: { classId: string; pupilIds: string[] },
  db?: Db,
): Promise<ActionResult<{ count: number }>> {
  db ??= await getDb();
  const { cls, refused } = await classToActOn(actor, classId, db, canApproveClassPupils, 'confirment les inscriptions');
  if (!cls) return refused;
  return db.transaction(async (tx) => {
    const approved = await tx
      .update(users)
      .set({ status: 'active', updatedAt: new Date() })
      .where(
        and(
          inArray(users.id, pupilIds),
          eq(users.status, 'pending'),
          eq(users.role, 'pupil'),
          inArray(
            users.id,
            tx
              .select({ id: pupils.userId })
              .from(pupils)
              .where(and(eq(pupils.classId, cls.id), eq(pupils.schoolId, cls.schoolId))),
          ),
        ),
      )
      .returning({ id: users.id });
    await auditPupils(tx, actor, 'pupil.class_approved', approved, cls.id);
    return { ok: true as const, data: { count: approved.length } };
  });
}

/**
 * A class of the actor's school that `may` lets them act on, or the refusal to return: not found
 * (another school's class reads as missing), or forbidden, naming who may (`what` they do).
 */
async function classToActOn(
  actor: SessionUser,
  classId: string,
  db: Db,
  may: (actor: SessionUser, cls: { schoolId: string; mainTeacherId: string | null }) => boolean,
  what: string,
) {
  const cls = await findStaffClass(actor, classId, db);
  if (!cls) return { cls: null, refused: fail('NOT_FOUND', CLASS_NOT_AVAILABLE) };
  if (!may(actor, cls))
    return {
      cls: null,
      refused: fail('FORBIDDEN', `Seuls le professeur principal de la classe et la direction ${what}.`),
    };
  return { cls, refused: null };
}

async function auditPupils(
  tx: Db,
  actor: SessionUser,
  action: 'pupil.consent_recorded' | 'pupil.class_approved',
  pupilRows: { id: string }[],
  classId: string,
): Promise<void> {
  for (const { id } of pupilRows)
    await audit(tx, { actorId: actor.id, action, targetType: 'pupil', targetId: id, details: { classId } });
}
