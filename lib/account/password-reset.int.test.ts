import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, emailOutbox, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { findUserForSignIn } from '@/lib/auth/queries';
import { isRateLimited, RATE_LIMITS, recordAttempt } from '@/lib/auth/rate-limit';
import { requestPasswordReset, resetPassword, RESET_LINK_LIFETIME_MS } from './mutations';
import { isPasswordResetLinkValid } from './queries';

// Watched, not replaced: the reset must not spend a scrypt hash on a link that cannot work.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});

let t: TestDb;
const now = new Date('2026-11-28T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const NEW_PASSWORD = 'une phrase de passe toute neuve';

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, now);
});
afterAll(() => t.close());

/** The reset links mailed to an address, oldest first (the token is the last path segment). */
async function resetLinksTo(email: string): Promise<string[]> {
  const rows = await t.db
    .select({ link: emailOutbox.secretLink, template: emailOutbox.template })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email))
    .orderBy(emailOutbox.createdAt);
  return rows
    .filter((row) => row.template === 'password_reset')
    .map((row) => /\/mot-de-passe\/nouveau\/([\w-]+)/.exec(row.link!)![1]!);
}

async function askLink(email: string, ip: string, at = now): Promise<string> {
  expect(await requestPasswordReset(email, { ip, now: at }, t.db)).toEqual({ ok: true, data: undefined });
  return (await resetLinksTo(email)).at(-1)!;
}

describe('password reset by e-mail', () => {
  it('mails a link that sets a new password once, then is refused', async () => {
    const pupil = PUPILS[3][0];
    const token = await askLink(pupil.email, '198.51.100.1');
    expect(await isPasswordResetLinkValid(token, later(60_000), t.db)).toBe(true);

    expect(await resetPassword({ token, password: NEW_PASSWORD }, later(60_000), t.db)).toMatchObject({ ok: true });
    const account = await findUserForSignIn(pupil.email, t.db);
    expect(await verifyPassword(NEW_PASSWORD, account!.passwordHash!)).toBe(true);

    expect(await isPasswordResetLinkValid(token, later(120_000), t.db)).toBe(false);
    expect(
      await resetPassword({ token, password: 'encore un autre mot de passe' }, later(120_000), t.db),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await verifyPassword(NEW_PASSWORD, (await findUserForSignIn(pupil.email, t.db))!.passwordHash!)).toBe(true);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.password_changed'), eq(auditLog.targetId, pupil.id)));
    expect(entries).toHaveLength(1);
  });

  it('works only once even when two submissions race', async () => {
    const pupil = PUPILS[2][0];
    const token = await askLink(pupil.email, '198.51.100.2');
    const results = await Promise.all([
      resetPassword({ token, password: 'premier mot de passe choisi' }, later(1000), t.db),
      resetPassword({ token, password: 'second mot de passe choisi' }, later(1000), t.db),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ code: 'NOT_FOUND' }]);
  });

  it('spends no password hash on a made-up or dead link (the public form is not rate-limited)', async () => {
    vi.mocked(hashPassword).mockClear();
    expect(
      await resetPassword({ token: 'un-jeton-invente-de-toutes-pieces', password: NEW_PASSWORD }, now, t.db),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it('expires after one hour', async () => {
    const pupil = PUPILS[4][0];
    const token = await askLink(pupil.email, '198.51.100.3');
    expect(await isPasswordResetLinkValid(token, later(RESET_LINK_LIFETIME_MS - 1000), t.db)).toBe(true);
    expect(await isPasswordResetLinkValid(token, later(RESET_LINK_LIFETIME_MS + 1000), t.db)).toBe(false);
    expect(
      await resetPassword({ token, password: NEW_PASSWORD }, later(RESET_LINK_LIFETIME_MS + 1000), t.db),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('keeps only the latest link of an account', async () => {
    const pupil = PUPILS[6][0];
    const first = await askLink(pupil.email, '198.51.100.4');
    const second = await askLink(pupil.email, '198.51.100.4');
    expect(await isPasswordResetLinkValid(first, now, t.db)).toBe(false);
    expect(await isPasswordResetLinkValid(second, now, t.db)).toBe(true);
  });

  it('answers the same for an unknown or disabled address, and sends nothing', async () => {
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.id, PUPILS[7][0].id));
    const before = await t.db.$count(emailOutbox);
    for (const email of ['personne@demo.test', PUPILS[7][0].email]) {
      expect(await requestPasswordReset(email, { ip: '198.51.100.5', now }, t.db)).toEqual({
        ok: true,
        data: undefined,
      });
    }
    expect(await t.db.$count(emailOutbox)).toBe(before);
  });

  it('refuses a link once its account was disabled', async () => {
    const token = await askLink(PEOPLE.repIdf.email, '198.51.100.6');
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.id, PEOPLE.repIdf.id));
    expect(await isPasswordResetLinkValid(token, now, t.db)).toBe(false);
    expect(await resetPassword({ token, password: NEW_PASSWORD }, now, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('allows 3 requests per address and connection in an hour, known or not, then refuses', async () => {
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await requestPasswordReset('inconnu@demo.test', { ip: '203.0.113.1', now }, t.db));
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ code: 'RATE_LIMITED' });
    expect(
      await requestPasswordReset(
        'inconnu@demo.test',
        { ip: '203.0.113.9', now: later(RATE_LIMITS.password_reset.windowMs) },
        t.db,
      ),
    ).toMatchObject({ ok: true });
  });

  it('unlocks sign-in for an account locked by failed attempts, as the sign-in page promises', async () => {
    const email = PEOPLE.publicHost.email;
    for (let i = 0; i < RATE_LIMITS.sign_in.perAccountAndIp; i++)
      await recordAttempt('sign_in', email, '192.0.2.1', now, t.db);
    expect(await isRateLimited('sign_in', email, '192.0.2.1', now, t.db)).toBe(true);
    const token = await askLink(email, '198.51.100.7');
    expect(await resetPassword({ token, password: NEW_PASSWORD }, now, t.db)).toMatchObject({ ok: true });
    expect(await isRateLimited('sign_in', email, '192.0.2.1', now, t.db)).toBe(false);
  });
});
