import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { MINISTRIES } from '@/db/seed/data/targets';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { openSession, purgeSessions, revokeSession, revokeUserSessions, touchSession } from './mutations';
import { loadSessionUser } from './queries';
import { consumeAttempt, isRateLimited, RATE_LIMITS, recordAttempt, returnAttempt } from './rate-limit';
import { homePathFor } from './types';
import { sessions, users } from '@/db/schema';
import { eq } from 'drizzle-orm';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
});
afterAll(() => t.close());

describe('session scope', () => {
  it('carries each role with the scope its queries filter by', async () => {
    const head = await loadSessionUser(PEOPLE.head.id, t.db);
    expect(head).toMatchObject({ role: 'school_staff', staffRole: 'head', schoolId: demoId(101) });
    expect(homePathFor(head!)).toBe('/etablissement');
    expect(await loadSessionUser(PEOPLE.host.id, t.db)).toMatchObject({ role: 'host', organisationId: demoId(311) });
    expect(await loadSessionUser(PEOPLE.operator.id, t.db)).toMatchObject({
      role: 'operator',
      operatorId: demoId(321),
    });
    expect(await loadSessionUser(PEOPLE.rep93.id, t.db)).toMatchObject({
      role: 'state_rep',
      scope: { level: 'department', code: '93', validated: true },
    });
    expect(await loadSessionUser(PEOPLE.repIdf.id, t.db)).toMatchObject({ scope: { level: 'region', code: '11' } });
    expect(await loadSessionUser(PEOPLE.repInterior.id, t.db)).toMatchObject({
      scope: { level: 'ministry', code: MINISTRIES.find((m) => m.name === 'Intérieur')!.id, validated: true },
    });
  });

  it('marks a pupil without parental authorisation as pending', async () => {
    const [authorised, waiting] = [PUPILS[0][0].id, PUPILS[1][0].id];
    expect(await loadSessionUser(authorised, t.db)).toMatchObject({
      role: 'pupil',
      schoolId: demoId(101),
      pendingConsent: false,
    });
    expect(await loadSessionUser(waiting, t.db)).toMatchObject({ pendingConsent: true });
  });

  it('ends the session of a disabled account at its next request', async () => {
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.id, PEOPLE.teacher.id));
    expect(await loadSessionUser(PEOPLE.teacher.id, t.db)).toBeNull();
  });
});

describe('server-side sessions', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const hours = (n: number) => new Date(now.getTime() + n * 3600_000);

  it('opens a session at sign-in that every request finds active, and records the sign-in', async () => {
    const sid = await openSession(PEOPLE.host.id, now, t.db);
    expect(await touchSession(sid, now, t.db)).toBe(true);
    const [host] = await t.db.select({ at: users.lastSignInAt }).from(users).where(eq(users.id, PEOPLE.host.id));
    expect(host!.at).toEqual(now);
  });

  it('refuses a signed-out session, whatever copy of its cookie comes back', async () => {
    const sid = await openSession(PEOPLE.host.id, now, t.db);
    await revokeSession(sid, now, t.db);
    expect(await touchSession(sid, now, t.db)).toBe(false);
    // Another session of the same person (another device) is not affected.
    const other = await openSession(PEOPLE.host.id, now, t.db);
    expect(await touchSession(other, now, t.db)).toBe(true);
  });

  it('expires after 8 hours unused, and lasts while it is used', async () => {
    const idle = await openSession(PEOPLE.rep93.id, now, t.db);
    expect(await touchSession(idle, hours(8.1), t.db)).toBe(false);
    const busy = await openSession(PEOPLE.rep93.id, now, t.db);
    // Used after 5 hours (less than half its lifetime left): pushed back to 5 + 8 hours, and so on.
    for (const at of [5, 12, 19]) expect(await touchSession(busy, hours(at), t.db)).toBe(true);
    const dropped = await openSession(PEOPLE.rep93.id, now, t.db);
    expect(await touchSession(dropped, hours(5), t.db)).toBe(true);
    // Then left unused for 8 h 30: over.
    expect(await touchSession(dropped, hours(13.5), t.db)).toBe(false);
  });

  it('ends every session of a person at once, and forgets ended sessions a day later', async () => {
    const [a, b] = [await openSession(PEOPLE.repIdf.id, now, t.db), await openSession(PEOPLE.repIdf.id, now, t.db)];
    await t.db.transaction((tx) => revokeUserSessions(tx, PEOPLE.repIdf.id, now));
    expect([await touchSession(a, now, t.db), await touchSession(b, now, t.db)]).toEqual([false, false]);
    const live = await openSession(PEOPLE.repIdf.id, now, t.db);
    expect(await purgeSessions(hours(25), t.db)).toBeGreaterThanOrEqual(2);
    const left = await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, PEOPLE.repIdf.id));
    expect(left.map((row) => row.id)).toEqual([live]);
  });
});

describe('sign-in rate limiting (stored in the database, shared by every instance)', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('blocks an account from one address after 10 failures in 15 minutes, not from another address', async () => {
    for (let i = 0; i < RATE_LIMITS.sign_in.perAccountAndIp; i++)
      await recordAttempt('sign_in', 'cible@demo.test', '10.0.0.1', now, t.db);
    expect(await isRateLimited('sign_in', 'CIBLE@demo.test', '10.0.0.1', now, t.db)).toBe(true);
    expect(await isRateLimited('sign_in', 'cible@demo.test', '10.9.9.9', now, t.db)).toBe(false);
    expect(await isRateLimited('sign_in', 'autre@demo.test', '10.0.0.1', now, t.db)).toBe(false);
    // The next 15-minute window starts afresh.
    expect(
      await isRateLimited(
        'sign_in',
        'cible@demo.test',
        '10.0.0.1',
        new Date(now.getTime() + RATE_LIMITS.sign_in.windowMs),
        t.db,
      ),
    ).toBe(false);
  });

  it('blocks an address after 50 failures on different accounts', async () => {
    await Promise.all(
      Array.from({ length: RATE_LIMITS.sign_in.perIp }, (_, i) =>
        recordAttempt('sign_in', `compte${i}@demo.test`, '192.0.2.7', now, t.db),
      ),
    );
    expect(await isRateLimited('sign_in', 'nouveau@demo.test', '192.0.2.7', now, t.db)).toBe(true);
  });

  it('counts simultaneous requests one after the other: a burst cannot slip past the limit', async () => {
    const burst = await Promise.all(
      Array.from({ length: 10 }, () =>
        consumeAttempt('password_reset', 'rafale@demo.test', '203.0.113.100', now, t.db),
      ),
    );
    expect(burst.filter(Boolean)).toHaveLength(RATE_LIMITS.password_reset.perAccountAndIp);
    // Refused attempts are not counted against the address they came from: it has room for the rest.
    const others = RATE_LIMITS.password_reset.perIp - RATE_LIMITS.password_reset.perAccountAndIp;
    for (let i = 0; i < others; i++)
      expect(await consumeAttempt('password_reset', `autre${i}@demo.test`, '203.0.113.100', now, t.db)).toBe(true);
    expect(await consumeAttempt('password_reset', 'encore@demo.test', '203.0.113.100', now, t.db)).toBe(false);
  });

  it('gives back the attempt of a right password: only failures count for sign-in', async () => {
    for (let i = 0; i < RATE_LIMITS.sign_in.perAccountAndIp * 2; i++) {
      expect(await consumeAttempt('sign_in', 'reussite@demo.test', '192.0.2.50', now, t.db)).toBe(true);
      await returnAttempt('sign_in', 'reussite@demo.test', '192.0.2.50', now, t.db);
    }
    expect(await isRateLimited('sign_in', 'reussite@demo.test', '192.0.2.50', now, t.db)).toBe(false);
  });
});
