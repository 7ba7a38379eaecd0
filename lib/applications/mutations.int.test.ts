import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { seedDemo, demoWeeks } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { seatCounterDrift } from '@/lib/offers/seat-counters-queries';
import { answerApplication } from './answer-mutations';
import { runApplicationDeadlines } from './deadline-mutations';
import { apply, cancelByPupil, confirmApplication, saveCv } from './mutations';

/*
 * Applications on both databases: a seat is never held twice, whatever the concurrency (the
 * database decides: PostgreSQL runs the races for real, PGlite one request after the other), the
 * pupil's confirmation withdraws the rest in one transaction, and the time limits run twice safely.
 */

const NOW = new Date('2026-11-28T10:00:00Z');
const TODAY = '2026-11-28';
const [W0, W1, W2] = demoWeeks(NOW).list as [string, string, string];
const LETTER = 'Je voudrais découvrir ce métier parce qu’il me plaît depuis longtemps et que j’aime aider les autres.';

let t: TestDb;
let host: SessionUser;
let n = 0;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
  host = await actor(PEOPLE.host.id);
});
afterEach(async () => expect(await seatCounterDrift(t.db)).toEqual([]));
afterAll(() => t.close());

const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
/** Runs the calls at once on PostgreSQL (its pool), one after the other on PGlite (one connection). */
const race = async <T>(calls: (() => Promise<T>)[]): Promise<T[]> => {
  if (onPostgres) return Promise.all(calls.map((call) => call()));
  const results: T[] = [];
  for (const call of calls) results.push(await call());
  return results;
};

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
  const [template] = await t.db
    .select()
    .from(s.offers)
    .where(eq(s.offers.id, demoId(401)));
  const { id: _id, seatsHeld: _held, searchVector: _vector, openWeeks: _open, ...copy } = template!;
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
const accept = (id: string, by = host) =>
  answerApplication(by, id, { kind: 'accept' }, { today: TODAY, now: NOW }, t.db);
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

describe('applying', () => {
  it('sends the letter and the CV as it is, and tells every member of the host', async () => {
    const [pupil] = await pupils(1);
    await saveCv(
      pupil!,
      {
        subjects: 'SVT et histoire',
        activities: 'Football le mercredi',
        languages: 'Anglais, arabe',
        hopes: 'Voir un laboratoire',
        availability: '',
      },
      t.db,
    );
    const id = await applyTo(pupil!, await offer());
    const [row] = await t.db.select().from(s.applications).where(eq(s.applications.id, id));
    expect(row).toMatchObject({
      status: 'submitted',
      motivation: LETTER,
      cv: { subjects: 'SVT et histoire', hopes: 'Voir un laboratoire' },
    });
    const [mail] = await mailsTo(PEOPLE.host.email, 'application_received');
    expect(mail!.text).toContain(`/entreprise/candidatures/${id}`);
    expect(mail!.text).not.toContain(pupil!.email);
  });

  it('refuses, with a message that says why, an offer reserved for another school, a full week, a past week, a week not of the class, and twice', async () => {
    const [pupil, other] = await pupils(2, [W0, W1]);
    const reserved = await offer(1, { isReserved: true });
    const refused = (offerId: string, week: string) =>
      apply(pupil!, { offerId, week, motivation: LETTER }, { today: TODAY, now: NOW }, t.db);
    expect(await refused(reserved, W0)).toMatchObject({ ok: false, message: expect.stringContaining('plus proposée') });
    const full = await offer(1);
    expect(await accept(await applyTo(other!, full, W0))).toMatchObject({ ok: true });
    expect(await refused(full, W0)).toMatchObject({
      ok: false,
      fieldErrors: { week: [expect.stringContaining('complète')] },
    });
    expect(await refused(full, '2026-11-23')).toMatchObject({
      ok: false,
      fieldErrors: { week: [expect.stringContaining('commencée')] },
    });
    expect(await refused(full, W2)).toMatchObject({
      ok: false,
      fieldErrors: { week: [expect.stringContaining('ta classe')] },
    });
    await applyTo(pupil!, full, W1);
    expect(await refused(full, W1)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
      message: expect.stringContaining('déjà candidaté'),
    });
  });
});

describe('accepting', () => {
  it('50 acceptances at once on a week of 2 seats: exactly 2 held, 48 told the week is full', async () => {
    const offerId = await offer(2);
    const candidates = await pupils(50);
    const ids = await Promise.all(candidates.map((pupil) => applyTo(pupil, offerId)));
    const results = await race(ids.map((id) => () => accept(id)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(48);
    expect(refusals.every((r) => !r.ok && r.code === 'SEATS_HELD' && r.message.includes('places'))).toBe(true);
    expect((await statuses(ids)).filter((status) => status === 'accepted')).toHaveLength(2);
  });

  it('refuses the host of another organisation, and a pupil confirming someone else’s application', async () => {
    const [pupil, stranger] = await pupils(2);
    const id = await applyTo(pupil!, await offer());
    expect(await accept(id, await actor(PEOPLE.publicHost.id))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await accept(id)).toMatchObject({ ok: true });
    expect(await confirm(stranger!, id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const late = await confirmApplication(pupil!, id, { today: W0, now: NOW }, t.db);
    expect(late).toMatchObject({ ok: false, message: expect.stringContaining('trop tard') });
    expect(await statuses([id])).toEqual(['accepted']);
  });

  it('a refusal carries its reason to the pupil; a cancelled confirmation releases the seat', async () => {
    const [pupil] = await pupils(1);
    const offerId = await offer();
    const [refusedId, keptId] = [await applyTo(pupil!, offerId, W0), await applyTo(pupil!, offerId, W1)];
    const reason = 'Notre structure ne peut finalement pas accueillir d’élève cette semaine-là.';
    expect(await answerApplication(host, refusedId, { kind: 'refuse', reason }, {}, t.db)).toMatchObject({ ok: true });
    expect((await mailsTo(pupil!.email, 'application_refused'))[0]!.text).toContain(reason);
    expect(await accept(keptId)).toMatchObject({ ok: true });
    expect(await answerApplication(host, refusedId, { kind: 'accept' }, { today: TODAY }, t.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(await confirm(pupil!, keptId)).toMatchObject({ ok: true });
    const [{ held }] = (await t.db
      .select({ held: s.offers.seatsHeld })
      .from(s.offers)
      .where(eq(s.offers.id, offerId))) as [{ held: number }];
    expect(held).toBe(1);
    expect(await cancelByPupil(pupil!, { applicationId: keptId }, {}, t.db)).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await cancelByPupil(pupil!, { applicationId: keptId, reason: 'Je déménage.' }, {}, t.db)).toMatchObject({
      ok: true,
    });
    expect(
      (await t.db.select({ held: s.offers.seatsHeld }).from(s.offers).where(eq(s.offers.id, offerId)))[0]!.held,
    ).toBe(0);
  });
});

describe('confirming', () => {
  it('20 confirmations at once by one pupil for one week leave exactly one, the rest withdrawn and their hosts told', async () => {
    const [pupil] = await pupils(1);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await applyTo(pupil!, await offer()));
    for (const id of ids) expect(await accept(id)).toMatchObject({ ok: true });
    const results = await race(ids.map((id) => () => confirm(pupil!, id)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await statuses(ids);
    expect(after.filter((status) => status === 'confirmed')).toHaveLength(1);
    expect(after.filter((status) => status === 'superseded')).toHaveLength(19);
    expect(
      (await mailsTo(PEOPLE.host.email, 'application_withdrawn_confirmed_elsewhere')).length,
    ).toBeGreaterThanOrEqual(19);
  });

  it('two internships a year: a third confirmation racing the second is refused, and the other applications are withdrawn', async () => {
    const [pupil] = await pupils(1);
    const [a, b, c, waiting] = [
      await applyTo(pupil!, await offer(), W0),
      await applyTo(pupil!, await offer(), W1),
      await applyTo(pupil!, await offer(), W2),
      await applyTo(pupil!, await offer(), W2),
    ];
    for (const id of [a, b, c]) expect(await accept(id!)).toMatchObject({ ok: true });
    expect(await confirm(pupil!, a!)).toMatchObject({ ok: true });
    const results = await race([() => confirm(pupil!, b!), () => confirm(pupil!, c!)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await statuses([a!, b!, c!, waiting!]);
    expect(after.filter((status) => status === 'confirmed')).toHaveLength(2);
    expect(after[3]).toBe('superseded');
  });

  it('a failure in the middle of a confirmation leaves nothing half done', async () => {
    const [pupil] = await pupils(1);
    const [kept, other] = [await applyTo(pupil!, await offer()), await applyTo(pupil!, await offer())];
    for (const id of [kept, other]) await accept(id!);
    const events = async () =>
      (
        await t.db
          .select()
          .from(s.applicationEvents)
          .where(inArray(s.applicationEvents.applicationId, [kept!, other!]))
      ).length;
    const before = await events();
    await t.db.execute(
      sql`create function fail_superseded() returns trigger language plpgsql as $$ begin raise exception 'panne'; end $$`,
    );
    await t.db.execute(
      sql`create trigger fail_superseded before insert on application_events for each row when (new.to_status = 'superseded') execute function fail_superseded()`,
    );
    try {
      await expect(confirm(pupil!, kept!)).rejects.toThrow();
    } finally {
      await t.db.execute(sql`drop trigger fail_superseded on application_events`);
      await t.db.execute(sql`drop function fail_superseded()`);
    }
    expect(await statuses([kept!, other!])).toEqual(['accepted', 'accepted']);
    expect(await events()).toBe(before);
    expect(await confirm(pupil!, kept!)).toMatchObject({ ok: true });
  });
});

describe('time limits', () => {
  it('expire the unanswered and release the unconfirmed, remind once, and change nothing when run again', async () => {
    const [pupil, late] = await pupils(2);
    const waiting = await applyTo(pupil!, await offer(), W1);
    const acceptedId = await applyTo(late!, await offer(), W1);
    await accept(acceptedId);
    const days = (d: number) => new Date(NOW.getTime() + d * 86_400_000);
    const dayOf = (d: number) => days(d).toISOString().slice(0, 10);
    const reminders = async () => [
      (await mailsTo(late!.email, 'application_pupil_reminder')).length,
      (await mailsTo(PEOPLE.host.email, 'application_host_reminder')).filter((m) => m.text.includes(waiting)).length,
    ];
    // Day 5: the pupil's reminder; day 7: the host's, and the acceptance lapses; day 15: the expiry.
    await runApplicationDeadlines(dayOf(5), days(5), t.db);
    expect(await reminders()).toEqual([1, 0]);
    await runApplicationDeadlines(dayOf(7), days(7), t.db);
    expect(await reminders()).toEqual([1, 1]);
    expect(await statuses([waiting, acceptedId])).toEqual(['submitted', 'acceptance_expired']);
    await runApplicationDeadlines(dayOf(15), days(15), t.db);
    expect(await runApplicationDeadlines(dayOf(15), days(15), t.db)).toEqual({
      expired: 0,
      lapsed: 0,
      hostReminders: 0,
      pupilReminders: 0,
    });
    expect(await reminders()).toEqual([1, 1]);
    expect(await statuses([waiting, acceptedId])).toEqual(['expired', 'acceptance_expired']);
    expect(await mailsTo(pupil!.email, 'application_expired')).toHaveLength(1);
    expect(await mailsTo(late!.email, 'application_acceptance_lapsed')).toHaveLength(1);
  });
});
