import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import * as s from '@/db/schema';
import { demoOfferFields } from '@/lib/testing/offers';
import { seedDemo } from '@/db/seed/demo';
import { demoWeeks } from '@/db/seed/demo-weeks';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { answerApplication } from '@/lib/applications/answer-mutations';
import { apply, confirmApplication } from '@/lib/applications/mutations';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { freeSeatDrift, seatCounterDrift } from '@/lib/offers/seat-counters-queries';

/*
 * Fixtures of the applications' integration tests: the demo campaign, authorised pupils of classes
 * of their own, offers of the demo host with chosen seats, and the domain calls at a fixed date.
 * applicationFixtures() opens a fresh database for the test file and checks after every test that
 * the held-seat counters equal the real counts, and the free seats of the search rows the counters.
 */

export const NOW = new Date('2026-11-28T10:00:00Z');
export const TODAY = '2026-11-28';
export const [W0, W1, W2] = demoWeeks(NOW).list as [string, string, string];
export const LETTER =
  'Je voudrais découvrir ce métier parce qu’il me plaît depuis longtemps et que j’aime aider les autres.';

/** Runs the calls at once on PostgreSQL (its pool), one after the other on PGlite (one connection). */
export async function race<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  if (onPostgres) return Promise.all(calls.map((call) => call()));
  const results: T[] = [];
  for (const call of calls) results.push(await call());
  return results;
}

export function applicationFixtures() {
  let t: TestDb;
  let host: SessionUser;
  let n = 0;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo(t.db, NOW);
    host = await actor(PEOPLE.host.id);
  });
  afterEach(async () => {
    expect(await seatCounterDrift(t.db)).toEqual([]);
    expect(await freeSeatDrift(t.db)).toEqual([]);
  });
  afterAll(() => t.close());

  const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;

  /** Authorised pupils of a class of their own in Collège Henri Barbusse, with these internship weeks. */
  async function pupils(count: number, weeks = [W0, W1, W2]): Promise<SessionUser[]> {
    const classId = randomUUID();
    await t.db
      .insert(s.schoolClasses)
      .values({ id: classId, schoolId: demoId(101), schoolYear: 2026, name: `3e T${++n}` });
    await t.db.insert(s.classInternshipWeeks).values(weeks.map((week) => ({ classId, week })));
    const ids = Array.from({ length: count }, () => randomUUID());
    await t.db.insert(s.users).values(
      ids.map((id, i) => ({
        id,
        email: `candidat-${n}-${i}@exemple.fr`,
        role: 'pupil' as const,
        firstName: 'Élève',
        lastName: `Essai ${n}-${i}`,
        emailVerifiedAt: NOW,
      })),
    );
    await t.db
      .insert(s.pupils)
      .values(ids.map((userId) => ({ userId, schoolId: demoId(101), classId, parentalConsentAt: NOW })));
    return Promise.all(ids.map(actor));
  }

  /** A published offer of the demo host near Saint-Denis, `seatsPerWeek` seats on W0, W1 and W2. */
  async function offer(seatsPerWeek = 1, fields: Partial<typeof s.offers.$inferInsert> = {}): Promise<string> {
    const copy = await demoOfferFields(t.db);
    const id = randomUUID();
    await t.db
      .insert(s.offers)
      .values({ ...copy, id, seatsPerWeek, seatsPerYear: 3 * seatsPerWeek, isReserved: false, ...fields });
    await t.db.insert(s.offerWeeks).values([W0, W1, W2].map((week) => ({ offerId: id, week })));
    return id;
  }

  const applyTo = async (pupil: SessionUser, offerId: string, week = W0) => {
    const result = await apply(pupil, { offerId, week, motivation: LETTER }, { today: TODAY, now: NOW }, t.db);
    if (!result.ok) throw new Error(result.message);
    return result.data.applicationId;
  };
  const accept = (id: string, by?: SessionUser) =>
    answerApplication(by ?? host, id, { kind: 'accept' }, { today: TODAY, now: NOW }, t.db);
  const confirm = (pupil: SessionUser, id: string) => confirmApplication(pupil, id, { today: TODAY, now: NOW }, t.db);
  const statuses = async (ids: string[]) =>
    (
      await t.db
        .select({ id: s.applications.id, status: s.applications.status })
        .from(s.applications)
        .where(inArray(s.applications.id, ids))
    )
      .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
      .map((row) => row.status);
  const mailsTo = (to: string, template: string) =>
    t.db
      .select({ text: s.emailOutbox.textBody })
      .from(s.emailOutbox)
      .where(and(eq(s.emailOutbox.toAddress, to), eq(s.emailOutbox.template, template)));

  return {
    get db() {
      return t.db;
    },
    get host() {
      return host;
    },
    actor,
    pupils,
    offer,
    applyTo,
    accept,
    confirm,
    statuses,
    mailsTo,
  };
}
