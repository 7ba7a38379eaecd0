import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, emailOutbox, userTokens, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { findUnverifiedAccount, loadSessionUser } from '@/lib/auth/queries';
import { RATE_LIMITS } from '@/lib/auth/rate-limit';
import { hashToken } from '@/lib/auth/tokens';
import { signUpHost } from '@/lib/hosts/mutations';
import { hostSignUpSchema } from '@/lib/hosts/schemas';
import { templatesSentTo, verificationTokenFor } from '@/lib/testing/accounts';
import { VERIFICATION_LINK_LIFETIME_MS } from '@/lib/users/mutations';
import { isVerificationLinkValid } from './queries';
import { requestPasswordReset, resetPassword } from './mutations';
import { resendVerificationLink, verifyEmail } from './verification-mutations';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
});
afterAll(() => t.close());

const later = (ms: number) => new Date(Date.now() + ms);

/** A public sign-up (a host's: every sign-up creates its account through createAccount the same way). */
async function signUp(email: string) {
  const input = hostSignUpSchema.parse({
    kind: 'association',
    organisationName: 'Les Amis du quartier',
    firstName: 'Lina',
    lastName: 'Roux',
    email,
    password: 'une phrase de passe assez longue',
  });
  return signUpHost(input, t.db);
}
const accountOf = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;

describe('address verification', () => {
  it('gives a new account no access until its single-use link is opened; only the hash is stored', async () => {
    expect(await signUp('lina.roux@exemple.fr')).toMatchObject({ ok: true });
    const account = await accountOf('lina.roux@exemple.fr');
    expect(account.emailVerifiedAt).toBeNull();
    // Signed in, it is nobody to every page, action and route handler: they all load it this way.
    expect(await loadSessionUser(account.id, t.db)).toBeNull();
    expect(await findUnverifiedAccount(account.id, t.db)).toEqual({
      id: account.id,
      email: 'lina.roux@exemple.fr',
      role: 'host',
    });

    const token = await verificationTokenFor(t.db, 'lina.roux@exemple.fr');
    const [stored] = await t.db.select().from(userTokens).where(eq(userTokens.userId, account.id));
    expect(stored).toMatchObject({ purpose: 'email_verification', tokenHash: hashToken(token), usedAt: null });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await isVerificationLinkValid(token, new Date(), t.db)).toBe(true);

    expect(await verifyEmail(token, new Date(), t.db)).toEqual({
      ok: true,
      data: { userId: account.id, email: 'lina.roux@exemple.fr' },
    });
    expect(await loadSessionUser(account.id, t.db)).toMatchObject({ role: 'host', email: 'lina.roux@exemple.fr' });
    expect(await findUnverifiedAccount(account.id, t.db)).toBeNull();
    expect(
      await t.db.$count(auditLog, and(eq(auditLog.action, 'user.email_verified'), eq(auditLog.targetId, account.id))),
    ).toBe(1);

    // Single use.
    expect(await isVerificationLinkValid(token, new Date(), t.db)).toBe(false);
    expect(await verifyEmail(token, new Date(), t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // Verified: nothing to re-send.
    expect(await resendVerificationLink(account, { ip: '198.51.100.8' }, t.db)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
  });

  it('lets the link work for 48 hours only', async () => {
    expect(await signUp('tardif@exemple.fr')).toMatchObject({ ok: true });
    const token = await verificationTokenFor(t.db, 'tardif@exemple.fr');
    expect(await isVerificationLinkValid(token, later(VERIFICATION_LINK_LIFETIME_MS - 60_000), t.db)).toBe(true);
    expect(await verifyEmail(token, later(VERIFICATION_LINK_LIFETIME_MS + 60_000), t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect((await accountOf('tardif@exemple.fr')).emailVerifiedAt).toBeNull();
  });

  it('voids the previous link when a new one is sent, and limits re-sending', async () => {
    expect(await signUp('renvoi@exemple.fr')).toMatchObject({ ok: true });
    const account = await accountOf('renvoi@exemple.fr');
    const first = await verificationTokenFor(t.db, account.email);
    const context = { ip: '198.51.100.7' };
    expect(await resendVerificationLink(account, context, t.db)).toEqual({ ok: true, data: undefined });
    const second = await verificationTokenFor(t.db, account.email);
    expect(second).not.toBe(first);
    expect(await isVerificationLinkValid(first, new Date(), t.db)).toBe(false);
    expect(await isVerificationLinkValid(second, new Date(), t.db)).toBe(true);

    for (let i = 1; i < RATE_LIMITS.sign_up.perAccountAndIp; i++)
      expect(await resendVerificationLink(account, context, t.db)).toMatchObject({ ok: true });
    expect(await resendVerificationLink(account, context, t.db)).toMatchObject({ ok: false, code: 'RATE_LIMITED' });

    // The newest link still works once the limit is reached.
    expect(await verifyEmail(await verificationTokenFor(t.db, account.email), new Date(), t.db)).toMatchObject({
      ok: true,
    });
  });

  it('lets two simultaneous uses of one link verify once', async () => {
    expect(await signUp('double@exemple.fr')).toMatchObject({ ok: true });
    const token = await verificationTokenFor(t.db, 'double@exemple.fr');
    const results = await Promise.all([verifyEmail(token, new Date(), t.db), verifyEmail(token, new Date(), t.db)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('counts a password reset link opened as proof of the address: the account is verified', async () => {
    expect(await signUp('oubli@exemple.fr')).toMatchObject({ ok: true });
    const account = await accountOf('oubli@exemple.fr');
    expect(await requestPasswordReset(account.email, { ip: '198.51.100.9' }, t.db)).toMatchObject({ ok: true });
    const [mail] = await t.db
      .select({ link: emailOutbox.secretLink })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, account.email), eq(emailOutbox.template, 'password_reset')));
    const token = /\/mot-de-passe\/nouveau\/([\w-]+)/.exec(mail!.link!)![1]!;
    expect(await loadSessionUser(account.id, t.db)).toBeNull();

    expect(await resetPassword({ token, password: 'une toute nouvelle phrase' }, new Date(), t.db)).toMatchObject({
      ok: true,
    });
    expect(await loadSessionUser(account.id, t.db)).toMatchObject({ id: account.id, role: 'host' });
    // The verification link sent at sign-up has nothing left to do.
    expect(await isVerificationLinkValid(await verificationTokenFor(t.db, account.email), new Date(), t.db)).toBe(
      false,
    );
  });
});

describe('sign-up with an address that already has an account', () => {
  it('creates nothing, sends no verification link and tells the owner by e-mail', async () => {
    const before = await t.db.$count(users);
    expect(await signUp(PEOPLE.publicHost.email)).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
    expect(await t.db.$count(users)).toBe(before);
    expect(await templatesSentTo(t.db, PEOPLE.publicHost.email)).toEqual(['sign_up_with_taken_address']);
    // The owner's account is unchanged and still works.
    expect(await loadSessionUser(PEOPLE.publicHost.id, t.db)).toMatchObject({ role: 'host' });
  });

  it('tells nobody when the account is disabled', async () => {
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.id, PEOPLE.operator.id));
    expect(await signUp(PEOPLE.operator.email)).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
    expect(await templatesSentTo(t.db, PEOPLE.operator.email)).toEqual([]);
  });
});
