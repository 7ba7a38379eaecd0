import { and, eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { deleteAccount } from './deletion-mutations';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
} from './mutations';
import { isPasswordResetLinkValid } from './queries';

let t: TestDb;
const now = new Date();
const context = { ip: '198.51.100.30', now };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, now);
});
afterAll(() => t.close());

const actor = async (id: string): Promise<SessionUser> => (await loadSessionUser(id, t.db))!;

const mailsTo = (address: string) =>
  t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).orderBy(emailOutbox.createdAt);

/** Moves the account to `newEmail` the way its holder does: request, then the link mailed there. */
async function changeAddress(user: SessionUser, newEmail: string): Promise<SessionUser> {
  expect(await requestEmailChange(user, { newEmail, currentPassword: DEMO_PASSWORD }, context, t.db)).toMatchObject({
    ok: true,
  });
  const [mail] = await mailsTo(newEmail);
  const token = /\/compte\/adresse\/([\w-]+)/.exec(mail!.secretLink!)![1]!;
  expect(await confirmEmailChange(user, token, now, t.db)).toMatchObject({ ok: true });
  return actor(user.id);
}

describe('the mail of an account', () => {
  it('is removed with the account, whatever address it went to', async () => {
    const before = await actor(PEOPLE.publicHost.id);
    const oldAddress = before.email;
    // Queued by another feature for the account's address: the row names the account by itself.
    await enqueueEmail(t.db, oldAddress, emails.joinRequestAccepted({ schoolName: 'Collège A' }));
    const host = await changeAddress(before, 'nouvelle.adresse@prefecture.example');
    await enqueueEmail(t.db, host.email, emails.joinRequestAccepted({ schoolName: 'Collège B' }));
    await enqueueEmail(t.db, 'quelqu.un@exemple.fr', emails.joinRequestAccepted({ schoolName: 'Collège C' }));
    const mine = or(eq(emailOutbox.userId, host.id), eq(emailOutbox.toAddress, oldAddress));
    // The join note and the "address changed" notice to the old address, the link and the note to the new one.
    expect(await t.db.$count(emailOutbox, mine)).toBe(4);

    expect(await deleteAccount(host, { currentPassword: DEMO_PASSWORD, confirm: 'on' }, context, t.db)).toMatchObject({
      ok: true,
    });
    expect(await t.db.$count(emailOutbox, mine)).toBe(0);
    expect(await mailsTo('nouvelle.adresse@prefecture.example')).toEqual([]);
    expect(await mailsTo('quelqu.un@exemple.fr')).toHaveLength(1);
  });

  it('changing the address voids the reset links sent to the old one, and the old one is told', async () => {
    const rep = await actor(PEOPLE.rep93.id);
    const oldAddress = rep.email;
    expect(await requestPasswordReset(oldAddress, context, t.db)).toMatchObject({ ok: true });
    const [reset] = (await mailsTo(oldAddress)).filter((mail) => mail.template === 'password_reset');
    const token = /\/mot-de-passe\/nouveau\/([\w-]+)/.exec(reset!.secretLink!)![1]!;
    expect(await isPasswordResetLinkValid(token, now, t.db)).toBe(true);

    await changeAddress(rep, 'thomas.girard@prefecture.example');
    expect(await isPasswordResetLinkValid(token, now, t.db)).toBe(false);
    expect(await resetPassword({ token, password: 'une prise de contrôle ratée' }, now, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const [told] = (await mailsTo(oldAddress)).filter((mail) => mail.template === 'email_changed');
    expect(told).toMatchObject({ userId: rep.id });
    expect(told!.textBody).toContain('thomas.girard@prefecture.example');
    expect(told!.textBody).toContain('/contact');
  });

  it('tells the account’s address when its password changes, from the account page or a reset link', async () => {
    const operator = await actor(PEOPLE.operator.id);
    expect(
      await changePassword(
        operator,
        { currentPassword: DEMO_PASSWORD, newPassword: 'un mot de passe tout neuf' },
        context,
        t.db,
      ),
    ).toMatchObject({ ok: true });
    const passwordChanged = and(eq(emailOutbox.template, 'password_changed'), eq(emailOutbox.userId, operator.id));
    expect(await t.db.$count(emailOutbox, and(passwordChanged, eq(emailOutbox.toAddress, operator.email)))).toBe(1);

    const pupil = PUPILS[2][0];
    expect(await requestPasswordReset(pupil.email, context, t.db)).toMatchObject({ ok: true });
    const [reset] = (await mailsTo(pupil.email)).filter((mail) => mail.template === 'password_reset');
    const token = /\/mot-de-passe\/nouveau\/([\w-]+)/.exec(reset!.secretLink!)![1]!;
    expect(await resetPassword({ token, password: 'encore un mot de passe neuf' }, now, t.db)).toMatchObject({
      ok: true,
    });
    expect((await mailsTo(pupil.email)).map((mail) => mail.template)).toContain('password_changed');
  });
});
