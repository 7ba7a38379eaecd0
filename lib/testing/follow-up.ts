import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import * as s from '@/db/schema';
import { demoOfferFields } from '@/lib/testing/offers';
import { seedDemo } from '@/db/seed/demo';
import { PATHS } from '@/db/seed/demo-activity';
import { demoId } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import type { ApplicationStatus } from '@/lib/applications/rules';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser, StaffRole } from '@/lib/auth/types';
import { seatCounterDrift } from '@/lib/offers/seat-counters-queries';

/*
 * Fixtures of the pupils' follow-up tests: the demo campaign (Collège Henri Barbusse, 3e A of the
 * demo main teacher, 3e B), then classes, pupils, hosts and applications written straight into the
 * database in any state (with the history the demo gives each state), at a fixed date. The
 * triggers still hold: seats held per offer and week, one confirmed internship per week, two a year.
 */

export const NOW = new Date('2026-11-28T10:00:00Z');
export const TODAY = '2026-11-28';
/** Mondays of the 2026-2027 internship window, in order. */
export const WEEKS = ['2027-01-11', '2027-01-18', '2027-02-01'] as const;
export const SCHOOL = demoId(101);
export const CLASS_A = demoId(201);
export const CLASS_B = demoId(202);

export interface ApplicationFixture {
  pupilId: string;
  offerId: string;
  week: string;
  status: ApplicationStatus;
}

export function followUpFixtures() {
  let t: TestDb;
  let n = 0;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo(t.db, NOW);
  });
  afterEach(async () => expect(await seatCounterDrift(t.db)).toEqual([]));
  afterAll(() => t.close());

  const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;

  /** A class of the 2026-2027 campaign with these internship weeks. */
  async function schoolClass(
    name: string,
    { weeks = [...WEEKS], mainTeacherId = null as string | null, schoolId = SCHOOL, schoolYear = 2026 } = {},
  ): Promise<string> {
    const id = randomUUID();
    await t.db.insert(s.schoolClasses).values({ id, schoolId, schoolYear, name, mainTeacherId });
    if (weeks.length > 0)
      await t.db.insert(s.classInternshipWeeks).values(weeks.map((week) => ({ classId: id, week })));
    return id;
  }

  /** Pupils of the class named `lastNames` (first name « Élève »), authorised unless told otherwise. */
  async function pupils(
    classId: string,
    lastNames: string[],
    { consent = true, schoolId = SCHOOL } = {},
  ): Promise<string[]> {
    const ids = lastNames.map(() => randomUUID());
    for (let from = 0; from < ids.length; from += 500) {
      const slice = ids.slice(from, from + 500);
      await t.db.insert(s.users).values(
        slice.map((id, i) => ({
          id,
          email: `suivi-${++n}@exemple.fr`,
          role: 'pupil' as const,
          firstName: 'Élève',
          lastName: lastNames[from + i]!,
          emailVerifiedAt: NOW,
        })),
      );
      await t.db
        .insert(s.pupils)
        .values(slice.map((userId) => ({ userId, schoolId, classId, parentalConsentAt: consent ? NOW : null })));
    }
    return ids;
  }

  /** An offer on WEEKS of a host organisation of its own named `hostName` (enough seats for every test). */
  async function offer(hostName: string, title = `Stage chez ${hostName}`): Promise<string> {
    const [organisation] = await t.db
      .insert(s.hostOrganisations)
      .values({ kind: 'private', name: hostName })
      .returning({ id: s.hostOrganisations.id });
    const copy = await demoOfferFields(t.db);
    const id = randomUUID();
    await t.db.insert(s.offers).values({
      ...copy,
      id,
      title,
      organisationId: organisation!.id,
      operatorId: null,
      seatsPerWeek: 600,
      seatsPerYear: 1000,
      isReserved: false,
    });
    await t.db.insert(s.offerWeeks).values(WEEKS.map((week) => ({ offerId: id, week })));
    return id;
  }

  /** Applications in these states, each with the history of its path (one step a day up to NOW). */
  async function applications(rows: ApplicationFixture[]): Promise<string[]> {
    const ids = rows.map(() => randomUUID());
    for (let from = 0; from < rows.length; from += 1000) {
      const slice = rows.slice(from, from + 1000);
      await t.db.insert(s.applications).values(
        slice.map((row, i) => ({
          id: ids[from + i]!,
          ...row,
          rejectionReason: row.status === 'rejected' ? 'Toutes les places sont prises.' : null,
        })),
      );
      await t.db.insert(s.applicationEvents).values(
        slice.flatMap((row, i) =>
          PATHS[row.status].map((toStatus, step, path) => ({
            applicationId: ids[from + i]!,
            fromStatus: step === 0 ? null : path[step - 1]!,
            toStatus,
            createdAt: new Date(NOW.getTime() - (path.length - step) * 86_400_000),
          })),
        ),
      );
    }
    return ids;
  }

  /**
   * Conventions of these confirmed applications with the outcome recorded after the week (only what
   * the follow-up reads: the facts are left empty).
   */
  async function outcomes(applicationIds: string[], outcome: 'completed' | 'not_held'): Promise<void> {
    if (!applicationIds.length) return;
    await t.db.insert(s.agreements).values(
      applicationIds.map((applicationId) => ({
        applicationId,
        facts: {} as s.AgreementFacts,
        outcome,
        outcomeReason: outcome === 'not_held' ? 'Absent toute la semaine.' : null,
        outcomeAt: NOW,
      })),
    );
  }

  /** A new active staff member of the school with this role. */
  async function staff(role: StaffRole, schoolId = SCHOOL): Promise<SessionUser> {
    const id = randomUUID();
    await t.db.insert(s.users).values({
      id,
      email: `personnel-${++n}@exemple.fr`,
      role: 'school_staff',
      firstName: 'Personnel',
      lastName: role,
      emailVerifiedAt: NOW,
    });
    await t.db.insert(s.staffMemberships).values({ userId: id, schoolId, role, status: 'active' });
    return actor(id);
  }

  return {
    get db() {
      return t.db;
    },
    actor,
    schoolClass,
    pupils,
    offer,
    applications,
    outcomes,
    staff,
  };
}
