import type { Db } from '../client';
import * as s from '../schema';
import { PATHS } from './demo-activity';
import { demoId } from './demo-data';
import { FIRST_NAMES, LAST_NAMES } from './demo-names';
import { emailPart, planSearchOffers } from './demo-search-plan';

/**
 * Classes whose pupils hold the seats of the full offers: [id, school, name, demo weeks]. They are
 * in Collège Marie Curie, outside priority education, which no demo head can register (the
 * head-registration e2e registers the REP+ collèges and expects them without classes): its pupils
 * neither sign in (no password) nor count in the registered collèges' figures.
 */
const POOL_SCHOOL = demoId(107);
const POOL_CLASSES = [
  [demoId(204), POOL_SCHOOL, '3e 5', [0, 1]],
  [demoId(205), POOL_SCHOOL, '3e 6', [2]],
  [demoId(206), POOL_SCHOOL, '3e 7', [3]],
] as const;

const MOTIVATIONS = [
  'Je voudrais découvrir ce métier de près et savoir comment se passe une vraie journée de travail.',
  'Ce stage m’intéresse parce que j’aimerais travailler dans ce domaine plus tard.',
  'J’ai envie de découvrir un métier où l’on aide les autres, et votre structure m’a donné envie.',
] as const;

/**
 * The demo campaign's search offers (demo-search-plan.ts) under their own host organisations, and
 * the pupils whose accepted or confirmed applications fill the full weeks (the database trigger
 * keeps the held-seat counters).
 */
export async function seedDemoSearchOffers(
  db: Db,
  { today, schoolYear, weeks }: { today: Date; schoolYear: number; weeks: string[] },
): Promise<void> {
  const plan = planSearchOffers({ today, schoolYear, weeks });
  await db.insert(s.paqteGroups).values(plan.paqteGroups);
  await db.insert(s.hostOrganisations).values(plan.organisations);
  await db.insert(s.offers).values(plan.offers);
  await db.insert(s.offerWeeks).values(plan.offerWeeks);
  await db.insert(s.offerReservations).values(plan.reservations);

  await db
    .insert(s.schoolClasses)
    .values(POOL_CLASSES.map(([id, schoolId, name]) => ({ id, schoolId, name, schoolYear })));
  await db
    .insert(s.classInternshipWeeks)
    .values(POOL_CLASSES.flatMap(([classId, , , indexes]) => indexes.map((i) => ({ classId, week: weeks[i]! }))));

  const seats = plan.heldSeats.map((seat, i) => {
    const [firstName, gender] = FIRST_NAMES[(i * 5) % FIRST_NAMES.length]!;
    const lastName = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
    const [classId, schoolId] = poolClass(seat.weekIndex);
    return {
      ...seat,
      pupil: {
        id: demoId(1001 + i),
        email: `${emailPart(firstName)}.${emailPart(lastName)}.${i + 1}@demo.test`,
        firstName,
        lastName,
        gender,
        classId,
        schoolId,
      },
      application: demoId(20_001 + i),
      status: i % 3 === 0 ? ('accepted' as const) : ('confirmed' as const),
    };
  });
  await db.insert(s.users).values(
    seats.map(({ pupil }) => ({
      id: pupil.id,
      email: pupil.email,
      firstName: pupil.firstName,
      lastName: pupil.lastName,
      role: 'pupil' as const,
      passwordHash: null,
      emailVerifiedAt: today,
    })),
  );
  await db.insert(s.pupils).values(
    seats.map(({ pupil }) => ({
      userId: pupil.id,
      schoolId: pupil.schoolId,
      classId: pupil.classId,
      gender: pupil.gender,
      parentalConsentAt: today,
    })),
  );
  await db.insert(s.applications).values(
    seats.map((seat, i) => ({
      id: seat.application,
      pupilId: seat.pupil.id,
      offerId: seat.offerId,
      week: weeks[seat.weekIndex]!,
      status: seat.status,
      motivation: MOTIVATIONS[i % MOTIVATIONS.length]!,
    })),
  );
  await db.insert(s.applicationEvents).values(
    seats.flatMap((seat) =>
      PATHS[seat.status].map((toStatus, i, path) => ({
        applicationId: seat.application,
        fromStatus: i === 0 ? null : path[i - 1]!,
        toStatus,
        actorId: toStatus === 'submitted' || toStatus === 'confirmed' ? seat.pupil.id : null,
        createdAt: new Date(today.getTime() - (path.length - i) * 86_400_000),
      })),
    ),
  );
}

/** The pool class of the area that takes its internship on that week. */
function poolClass(weekIndex: number): readonly [string, string] {
  const found = POOL_CLASSES.find(([, , , indexes]) => (indexes as readonly number[]).includes(weekIndex));
  if (!found) throw new Error(`Aucune classe de démonstration ne part en stage la semaine ${weekIndex}.`);
  return [found[0], found[1]];
}
