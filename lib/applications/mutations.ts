import 'server-only';
import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { isCheckViolation, isUniqueViolation } from '@/db/errors';
import { applicationEvents, applications, offers, offerWeeks, pupilCvs } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { todayInParis, type IsoDate } from '@/lib/calendar/weeks';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { applicationEmails } from '@/lib/notifications/application-templates';
import { futureWeekSql, seatsLeft } from '@/lib/offers/availability';
import { offerVisibility } from '@/lib/offers/offer-page-queries';
import { createAgreementForConfirmed } from '@/lib/agreements/creation-mutations';
import { classWeeksToCome } from '@/lib/classes/queries';
import { PENDING_CONSENT_MESSAGE } from '@/lib/offers/search-queries';
import { getCv } from './queries';
import { MAX_CONFIRMED_PER_YEAR, OPEN_STATUSES } from './rules';
import type { ApplyInput, CvInput } from './schemas';
import { moveApplications, tellHosts, tellMainTeacher } from './transition-mutations';

/*
 * What the pupil does: keep a CV, apply to an offer for a week, confirm an accepted application
 * (which withdraws the others of that week, and all others once two internships are confirmed),
 * withdraw or cancel. Every refusal says what to do; nothing typed is lost (the forms keep it).
 */

const NOT_FOUND = 'Candidature introuvable.';

/** The pupil's own application (null for anyone else, or an id that is not one). */
function ownApplication(actor: SessionUser, applicationId: string): SQL | null {
  if (actor.role !== 'pupil' || !isUuid(applicationId)) return null;
  return and(eq(applications.id, applicationId), eq(applications.pupilId, actor.id))!;
}

/** The pupil's CV, saved as they type (one row per pupil). */
export async function saveCv(actor: SessionUser, input: CvInput, db?: Db): Promise<ActionResult<void>> {
  if (actor.role !== 'pupil') return fail('FORBIDDEN', 'Seuls les élèves ont un CV.');
  db ??= await getDb();
  const now = new Date();
  await db
    .insert(pupilCvs)
    .values({ pupilId: actor.id, ...input, updatedAt: now })
    .onConflictDoUpdate({ target: pupilCvs.pupilId, set: { ...input, updatedAt: now } });
  return { ok: true, data: undefined };
}

const APPLY_REFUSALS = {
  offer: 'Cette offre n’est plus proposée aux élèves de ton collège.',
  week: 'Cette semaine n’est pas proposée par l’offre, ou elle est déjà commencée : choisis une autre semaine.',
  classWeek: 'Choisis une des semaines de stage de ta classe.',
  full: 'Cette semaine est complète : toutes les places sont prises. Choisis une autre semaine ou une autre offre.',
  twice: 'Tu as déjà candidaté à cette offre pour cette semaine : retrouve ta candidature dans ton espace.',
  confirmedThatWeek: 'Tu as déjà un stage confirmé cette semaine-là.',
  enough: `Tu as déjà ${MAX_CONFIRMED_PER_YEAR} stages confirmés cette année : c’est le maximum.`,
} as const;

/**
 * A pupil applies to an offer for one week, with a motivation letter and their CV as it is now.
 * Only an offer their school's pupils may see, a week of the offer still to come with a seat, one of
 * their class's weeks when it has some; once per offer and week (the unique key decides a double click).
 */
export async function apply(
  actor: SessionUser,
  input: ApplyInput,
  { today = todayInParis(), now = new Date() }: { today?: IsoDate; now?: Date } = {},
  db?: Db,
): Promise<ActionResult<{ applicationId: string }>> {
  if (actor.role !== 'pupil' || !actor.schoolId) return fail('FORBIDDEN', PENDING_CONSENT_MESSAGE);
  if (!isUuid(input.offerId)) return fail('NOT_FOUND', APPLY_REFUSALS.offer);
  db ??= await getDb();
  // The offers this pupil may see (parental authorisation, school eligible, not reserved elsewhere):
  // those of the offer page.
  const visible = await offerVisibility(actor, db);
  if (!visible) return fail('FORBIDDEN', PENDING_CONSENT_MESSAGE);
  const [offer] = await db
    .select({
      id: offers.id,
      schoolYear: offers.schoolYear,
      seatsPerWeek: offers.seatsPerWeek,
      seatsPerYear: offers.seatsPerYear,
      total: offers.seatsHeld,
    })
    .from(offers)
    .where(and(eq(offers.id, input.offerId), visible));
  if (!offer) return fail('NOT_FOUND', APPLY_REFUSALS.offer);
  const [week] = await db
    .select({ inWeek: offerWeeks.seatsHeld })
    .from(offerWeeks)
    .where(
      and(eq(offerWeeks.offerId, offer.id), eq(offerWeeks.week, input.week), futureWeekSql(offerWeeks.week, today)),
    );
  if (!week) return failOn('week', APPLY_REFUSALS.week);
  if (seatsLeft(offer, { inWeek: week.inWeek, total: offer.total }) === 0) return failOn('week', APPLY_REFUSALS.full);
  const classWeeks = actor.classId ? await classWeeksToCome(db, actor.classId, today) : [];
  if (classWeeks.length && !classWeeks.includes(input.week)) return failOn('week', APPLY_REFUSALS.classWeek);
  const confirmed = await confirmedWeeks(db, actor.id, offer.schoolYear);
  if (confirmed.length >= MAX_CONFIRMED_PER_YEAR) return fail('ALREADY_DONE', APPLY_REFUSALS.enough);
  if (confirmed.some((row) => row.week === input.week)) return failOn('week', APPLY_REFUSALS.confirmedThatWeek);

  const cv = await getCv(actor, db);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(applications)
        .values({
          pupilId: actor.id,
          offerId: offer.id,
          week: input.week,
          motivation: input.motivation,
          cv,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: applications.id });
      const moved = {
        id: created!.id,
        pupilId: actor.id,
        offerId: offer.id,
        week: input.week,
        from: 'submitted' as const,
      };
      await tx
        .insert(applicationEvents)
        .values({ applicationId: moved.id, toStatus: 'submitted', actorId: actor.id, createdAt: now });
      await tellHosts(tx, [moved], (application) =>
        applicationEmails.received({
          ...application.about,
          pupilFirstName: application.pupilName,
          applicationId: moved.id,
        }),
      );
      return { ok: true as const, data: { applicationId: moved.id } };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'applications_pupil_offer_week')) return fail('ALREADY_DONE', APPLY_REFUSALS.twice);
    throw error;
  }
}

/** The weeks of the pupil's confirmed internships in a school year. */
async function confirmedWeeks(db: Db, pupilId: string, schoolYear: number): Promise<{ week: IsoDate }[]> {
  return db
    .select({ week: applications.week })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .where(
      and(eq(applications.pupilId, pupilId), eq(applications.status, 'confirmed'), eq(offers.schoolYear, schoolYear)),
    );
}

const CONFIRM_REFUSALS = {
  notAccepted: 'Cette candidature n’est pas (ou plus) acceptée : il n’y a rien à confirmer.',
  weekBegun: 'Cette semaine de stage est commencée : il est trop tard pour la confirmer.',
  weekTaken: 'Tu as déjà confirmé un stage cette semaine-là.',
  enough: `Tu as déjà ${MAX_CONFIRMED_PER_YEAR} stages confirmés cette année : c’est le maximum.`,
} as const;

/**
 * The pupil confirms an accepted application, and its convention is created (lib/agreements): their
 * other open applications for that week are withdrawn (superseded), and every other open one of the school year once two internships are
 * confirmed; each host concerned is told. One transaction under the pupil's row lock, so that
 * confirmations by the same pupil follow one another (the database also refuses a third and a
 * second one in a week: migration 0013 and applications_one_confirmed_per_week).
 */
export async function confirmApplication(
  actor: SessionUser,
  applicationId: string,
  { today = todayInParis(), now = new Date() }: { today?: IsoDate; now?: Date } = {},
  db?: Db,
): Promise<ActionResult<void>> {
  const mine = ownApplication(actor, applicationId);
  if (!mine) return fail('NOT_FOUND', NOT_FOUND);
  db ??= await getDb();
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from pupils where user_id = ${actor.id} for update`);
      const [moved] = await moveApplications(tx, and(mine, futureWeekSql(applications.week, today))!, 'confirmed', {
        actorId: actor.id,
        now,
      });
      if (!moved) {
        const [current] = await tx.select({ status: applications.status }).from(applications).where(mine);
        if (!current) return fail('NOT_FOUND', NOT_FOUND);
        return fail(
          'TRANSITION_NOT_ALLOWED',
          current.status === 'accepted' ? CONFIRM_REFUSALS.weekBegun : CONFIRM_REFUSALS.notAccepted,
        );
      }
      const [offer] = await tx
        .select({ schoolYear: offers.schoolYear })
        .from(offers)
        .where(eq(offers.id, moved.offerId));
      const confirmed = (await confirmedWeeks(tx, actor.id, offer!.schoolYear)).length;
      const others = and(
        eq(applications.pupilId, actor.id),
        ne(applications.id, moved.id),
        confirmed >= MAX_CONFIRMED_PER_YEAR
          ? inArray(
              applications.offerId,
              tx.select({ id: offers.id }).from(offers).where(eq(offers.schoolYear, offer!.schoolYear)),
            )
          : eq(applications.week, moved.week),
      )!;
      const withdrawn = await moveApplications(tx, others, 'superseded', {
        actorId: actor.id,
        from: OPEN_STATUSES,
        now,
        note:
          confirmed >= MAX_CONFIRMED_PER_YEAR
            ? 'L’élève a confirmé ses deux stages de l’année.'
            : 'L’élève a confirmé un autre stage pour cette semaine.',
      });
      await tellHosts(tx, withdrawn, (application) =>
        applicationEmails.withdrawnForHost({
          ...application.about,
          applicationId: application.id,
          why: 'confirmed_elsewhere',
        }),
      );
      await createAgreementForConfirmed(tx, moved.id, now);
      await tellMainTeacher(tx, moved, true);
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'applications_one_confirmed_per_week'))
      return fail('ALREADY_DONE', CONFIRM_REFUSALS.weekTaken);
    if (isCheckViolation(error, 'applications_two_confirmed_per_year'))
      return fail('ALREADY_DONE', CONFIRM_REFUSALS.enough);
    throw error;
  }
}

/**
 * The pupil withdraws an application still waiting, declines an acceptance, or cancels a confirmed
 * internship (with a reason the host reads). A held seat is released; the host is told.
 */
export async function cancelByPupil(
  actor: SessionUser,
  { applicationId, reason }: { applicationId: string; reason?: string },
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<void>> {
  const mine = ownApplication(actor, applicationId);
  if (!mine) return fail('NOT_FOUND', NOT_FOUND);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: applications.status }).from(applications).where(mine);
    if (!current) return fail('NOT_FOUND', NOT_FOUND);
    if (current.status === 'confirmed' && !reason)
      return failOn(
        'reason',
        'Explique en quelques mots pourquoi tu annules ton stage : la structure d’accueil le lira.',
      );
    const [moved] = await moveApplications(tx, mine, 'canceled_by_pupil', {
      actorId: actor.id,
      now,
      note: reason || null,
      set: { cancellationReason: reason || null },
    });
    if (!moved) return fail('TRANSITION_NOT_ALLOWED', 'Cette candidature est déjà close : il n’y a rien à annuler.');
    await tellHosts(tx, [moved], (application) =>
      applicationEmails.withdrawnForHost({ ...application.about, applicationId: application.id, why: 'pupil' }),
    );
    return { ok: true as const, data: undefined };
  });
}
