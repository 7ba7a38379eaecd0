import type { Db } from '@/db/client';
import * as s from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';
import { bulkInsert, type InsertRow as Row } from './bulk-insert';
import { benchEmail, daysBefore, DUMMY_PASSWORD_HASH, personName, popularWeek, type BenchCampaign } from './fixtures';
import type { Place, createPlaceSampler } from './places';
import type { Random } from './random';

export interface BenchPupil {
  id: string;
  consent: boolean;
}

export interface BenchClass {
  id: string;
  weeks: IsoDate[];
  pupils: BenchPupil[];
}

export interface BenchSchool {
  id: string;
  place: Place;
  nationalSearch: boolean;
  /** Priority education or an approved derogation: its pupils may search (lib/schools eligibleSchool). */
  eligible: boolean;
  headId: string;
  classes: BenchClass[];
}

const PATRONS = [
  'Jean Moulin',
  'Victor Hugo',
  'Jules Ferry',
  'Louise Michel',
  'Pablo Picasso',
  'Paul Éluard',
  'Jean Jaurès',
  'Marie Curie',
  'Aimé Césaire',
  'Simone Veil',
  'Jacques Prévert',
  'Albert Camus',
  'Gisèle Halimi',
  'Olympe de Gouges',
  'Joséphine Baker',
  'Pierre Mendès France',
  'Lucie Aubrac',
  'Henri Wallon',
  'Jean Vilar',
  'Romain Rolland',
  'Césaire Lévillain',
  'Gustave Eiffel',
];
const UAI_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const CLASS_NAMES = ['3e A', '3e B', '3e C'];
/** Pupils per class of troisième: 18 on average, 250 000 over 7 000 collèges of two classes. */
const PUPILS_PER_CLASS = [10, 26] as const;

/**
 * Collèges, each registered, with a head, one to three classes of the campaign, one or two
 * internship weeks per class, and their pupils (a parental authorisation recorded for most).
 */
export async function insertSchools(
  db: Db,
  random: Random,
  places: ReturnType<typeof createPlaceSampler>,
  campaign: BenchCampaign,
  count: number,
): Promise<BenchSchool[]> {
  const users: Row<typeof s.users>[] = [];
  const schoolRows: Row<typeof s.schools>[] = [];
  const memberships: Row<typeof s.staffMemberships>[] = [];
  const classRows: Row<typeof s.schoolClasses>[] = [];
  const weekRows: Row<typeof s.classInternshipWeeks>[] = [];
  const pupilRows: Row<typeof s.pupils>[] = [];
  const schools: BenchSchool[] = [];
  let pupilCount = 0;

  for (let index = 0; index < count; index++) {
    const place = places.draw();
    const registeredAt = daysBefore(campaign, random, 60, 400);
    const head = { id: random.uuid(), ...personName(random) };
    users.push(account(head, benchEmail('direction', index), 'school_staff', registeredAt));
    const network = random.weighted({ rep_plus: 0.15, rep: 0.3, derogation: 0.1, none: 0.45 });
    const school: BenchSchool = {
      id: random.uuid(),
      place,
      nationalSearch: random.chance(0.01),
      // Every derogation here is approved (derogationApprovedAt below).
      eligible: network !== 'none',
      headId: head.id,
      classes: [],
    };
    schoolRows.push({
      id: school.id,
      uai: `${String(index).padStart(7, '0')}${UAI_LETTERS[index % UAI_LETTERS.length]}`,
      name: `Collège ${random.pick(PATRONS)}`,
      commune: place.commune,
      postcode: null,
      address: null,
      departmentCode: place.departmentCode,
      lat: place.lat,
      lng: place.lng,
      network,
      derogationApprovedAt: network === 'derogation' ? registeredAt : null,
      searchRadiusKm: 60,
      nationalSearchOpenedAt: school.nationalSearch ? registeredAt : null,
      nationalSearchOpenedBy: school.nationalSearch ? head.id : null,
      registeredAt,
    });
    memberships.push({ userId: head.id, schoolId: school.id, role: 'head', status: 'active' });

    for (const name of CLASS_NAMES.slice(0, random.int(1, 3))) {
      const weeks = [
        ...new Set(Array.from({ length: random.int(1, 2) }, () => popularWeek(random, campaign.futureWeeks))),
      ];
      const schoolClass: BenchClass = { id: random.uuid(), weeks, pupils: [] };
      classRows.push({
        id: schoolClass.id,
        schoolId: school.id,
        schoolYear: campaign.schoolYear,
        name,
        mainTeacherId: null,
        inviteToken: null,
      });
      for (const week of weeks) weekRows.push({ classId: schoolClass.id, week });
      for (let n = random.int(...PUPILS_PER_CLASS); n > 0; n--) {
        const { pupil, user, row } = drawPupil(random, campaign, {
          schoolId: school.id,
          classId: schoolClass.id,
          headId: head.id,
          email: benchEmail('eleve', pupilCount++),
          registeredAt,
        });
        users.push(user);
        pupilRows.push(row);
        schoolClass.pupils.push(pupil);
      }
      school.classes.push(schoolClass);
    }
    schools.push(school);
  }

  // Parents before children.
  await bulkInsert(db, s.users, users);
  await bulkInsert(db, s.schools, schoolRows);
  await bulkInsert(db, s.staffMemberships, memberships);
  await bulkInsert(db, s.schoolClasses, classRows);
  await bulkInsert(db, s.classInternshipWeeks, weekRows);
  await bulkInsert(db, s.pupils, pupilRows);
  return schools;
}

/** A pupil of a class and their account; the head recorded a parental authorisation for 85 % of them. */
export function drawPupil(
  random: Random,
  campaign: BenchCampaign,
  {
    schoolId,
    classId,
    headId,
    email,
    registeredAt,
  }: {
    schoolId: string;
    classId: string;
    headId: string;
    email: string;
    registeredAt: Date;
  },
): { pupil: BenchPupil; user: Row<typeof s.users>; row: Row<typeof s.pupils> } {
  const pupil: BenchPupil = { id: random.uuid(), consent: random.chance(0.85) };
  const user = account({ id: pupil.id, ...personName(random) }, email, 'pupil', registeredAt);
  const row: Row<typeof s.pupils> = {
    userId: pupil.id,
    schoolId,
    classId,
    gender: random.weighted({ girl: 0.48, boy: 0.48, not_stated: 0.04 }),
    parentalConsentAt: pupil.consent ? daysBefore(campaign, random, 1, 60) : null,
    parentalConsentRecordedBy: pupil.consent ? headId : null,
  };
  return { pupil, user, row };
}

/** A synthetic account: active, e-mail verified, the shared dummy password hash. */
export function account(
  person: { id: string; firstName: string; lastName: string },
  email: string,
  role: (typeof s.userRole.enumValues)[number],
  createdAt: Date,
): Row<typeof s.users> {
  return {
    ...person,
    email,
    role,
    passwordHash: DUMMY_PASSWORD_HASH,
    status: 'active',
    emailVerifiedAt: createdAt,
    createdAt,
    updatedAt: createdAt,
  };
}
