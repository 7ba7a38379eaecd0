import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { loadSessionUser } from './queries';
import { consumeAttempt, isRateLimited, RATE_LIMITS, recordAttempt, returnAttempt } from './rate-limit';
import { homePathFor } from './types';
import { users } from '@/db/schema';
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

  it('ends sessions signed before the last password change, keeps those signed after', async () => {
    const changedAt = new Date('2026-11-28T12:00:00.700Z');
    await t.db.update(users).set({ passwordChangedAt: changedAt }).where(eq(users.id, PEOPLE.host.id));
    const seconds = Math.floor(changedAt.getTime() / 1000);
    // A stolen session from before the reset no longer works.
    expect(await loadSessionUser(PEOPLE.host.id, t.db, { signedInAt: seconds - 60 })).toBeNull();
    // Sign-in times are whole seconds: the session re-signed right after the change is kept.
    expect(await loadSessionUser(PEOPLE.host.id, t.db, { signedInAt: seconds })).toMatchObject({ role: 'host' });
  });

  it('ends the session of a disabled account at its next request', async () => {
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.id, PEOPLE.teacher.id));
    expect(await loadSessionUser(PEOPLE.teacher.id, t.db)).toBeNull();
  });
});

describe('sign-in rate limiting (stored in the database, shared by every instance)', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('blocks an account after 10 failures in 15 minutes, from any address', async () => {
    for (let i = 0; i < RATE_LIMITS.sign_in.perAccount; i++)
      await recordAttempt('sign_in', 'cible@demo.test', `10.0.0.${i}`, now, t.db);
    expect(await isRateLimited('sign_in', 'CIBLE@demo.test', '10.9.9.9', now, t.db)).toBe(true);
    expect(await isRateLimited('sign_in', 'autre@demo.test', '10.9.9.9', now, t.db)).toBe(false);
    // The next 15-minute window starts afresh.
    expect(
      await isRateLimited(
        'sign_in',
        'cible@demo.test',
        '10.9.9.9',
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
      Array.from({ length: 10 }, (_, i) =>
        consumeAttempt('password_reset', 'rafale@demo.test', `203.0.113.${100 + i}`, now, t.db),
      ),
    );
    expect(burst.filter(Boolean)).toHaveLength(RATE_LIMITS.password_reset.perAccount);
    // Refused attempts are not counted against the addresses they came from.
    expect(await consumeAttempt('password_reset', 'autre.rafale@demo.test', '203.0.113.109', now, t.db)).toBe(true);
  });

  it('gives back the attempt of a right password: only failures count for sign-in', async () => {
    for (let i = 0; i < RATE_LIMITS.sign_in.perAccount * 2; i++) {
      expect(await consumeAttempt('sign_in', 'reussite@demo.test', '192.0.2.50', now, t.db)).toBe(true);
      await returnAttempt('sign_in', 'reussite@demo.test', '192.0.2.50', now, t.db);
    }
    expect(await isRateLimited('sign_in', 'reussite@demo.test', '192.0.2.50', now, t.db)).toBe(false);
  });

  it('allows 3 password-reset requests per account and hour, then refuses', async () => {
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await consumeAttempt('password_reset', 'oubli@demo.test', `203.0.113.${i}`, now, t.db));
    expect(results).toEqual([true, true, true, false]);
  });
});
