import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { requestPasswordReset } from '@/lib/account/mutations';
import { isPasswordResetLinkValid } from '@/lib/account/queries';
import { deliverPendingEmails } from './delivery-mutations';
import { enqueueEmail, purgeOldEmails } from './mutations';
import { LINK_PLACEHOLDER, SENT_EMAIL_RETENTION_DAYS } from './outbox';
import { listDevMailbox } from './queries';
import type { OutgoingEmail } from './transport';

let t: TestDb;
const now = new Date(Date.now() + 60_000); // messages are due from their insertion (database clock)
const DAY = 24 * 3600_000;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date());
});
afterAll(() => t.close());
afterEach(() => vi.unstubAllEnvs());

/** Every token-shaped string (43 URL-safe characters, lib/auth/tokens.ts) anywhere in the row. */
const tokensIn = (row: object) => JSON.stringify(row).match(/[\w-]{43}/g) ?? [];

async function resetRowFor(email: string) {
  await t.db.delete(emailOutbox);
  expect(await requestPasswordReset(email, { ip: '198.51.100.40', now: new Date() }, t.db)).toMatchObject({ ok: true });
  const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
  return row!;
}

describe('secret links in the outbox', () => {
  it('keeps the reset link apart from the body, and no token that validates once a real transport sent it', async () => {
    const pupil = PUPILS[3][0];
    const queued = await resetRowFor(pupil.email);
    expect(queued.textBody).toContain(LINK_PLACEHOLDER);
    expect(tokensIn({ body: queued.textBody })).toEqual([]);
    expect(queued.userId).toBe(pupil.id);

    const delivered: OutgoingEmail[] = [];
    expect(await deliverPendingEmails(async (email) => void delivered.push(email), { now }, t.db)).toMatchObject({
      sent: 1,
    });
    // The recipient got a working link…
    const [sentToken] = tokensIn({ text: delivered[0]!.text });
    expect(delivered[0]!.text).not.toContain(LINK_PLACEHOLDER);
    expect(await isPasswordResetLinkValid(sentToken!, new Date(), t.db)).toBe(true);

    // …and the stored row holds nothing that opens the account.
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, queued.id));
    expect(row).toMatchObject({ status: 'sent', secretLink: null });
    for (const token of tokensIn(row!)) expect(await isPasswordResetLinkValid(token, new Date(), t.db)).toBe(false);
    expect(tokensIn(row!)).not.toContain(sentToken);
  });

  it('clears the link of a message given up after its last attempt', async () => {
    const queued = await resetRowFor(PUPILS[4][0].email);
    const failing = async () => {
      throw new Error('550 boîte inconnue');
    };
    for (let day = 0; day < 5; day++)
      await deliverPendingEmails(failing, { now: new Date(now.getTime() + day * DAY) }, t.db);
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, queued.id));
    expect(row).toMatchObject({ status: 'failed', secretLink: null });
  });

  it('keeps the link for the demo mailbox, which shows it in place', async () => {
    vi.stubEnv('DEMO', '1');
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('SMTP_URL', '');
    const pupil = PUPILS[5][0];
    const queued = await resetRowFor(pupil.email);
    await deliverPendingEmails(async () => {}, { now, keepLinks: true }, t.db);
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, queued.id));
    expect(row!.secretLink).toBe(queued.secretLink);
    const [message] = await listDevMailbox({ recipient: pupil.email }, t.db);
    expect(message!.text).toContain(queued.secretLink!);
    expect(message!.text).not.toContain(LINK_PLACEHOLDER);
  });
});

describe('retention of sent e-mails', () => {
  it(`deletes messages sent or given up more than ${SENT_EMAIL_RETENTION_DAYS} days ago, never pending ones`, async () => {
    await t.db.delete(emailOutbox);
    const mail = { template: 'test', subject: 'Sujet', text: 'Bonjour' };
    for (const to of ['ancien@exemple.fr', 'recent@exemple.fr', 'echec@exemple.fr', 'attente@exemple.fr'])
      await enqueueEmail(t.db, to, mail);
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const set = (to: string, values: Partial<typeof emailOutbox.$inferInsert>) =>
      t.db.update(emailOutbox).set(values).where(eq(emailOutbox.toAddress, to));
    await set('ancien@exemple.fr', { status: 'sent', createdAt: ago(40), sentAt: ago(SENT_EMAIL_RETENTION_DAYS + 1) });
    await set('recent@exemple.fr', { status: 'sent', createdAt: ago(40), sentAt: ago(SENT_EMAIL_RETENTION_DAYS - 1) });
    await set('echec@exemple.fr', { status: 'failed', createdAt: ago(SENT_EMAIL_RETENTION_DAYS + 1) });
    await set('attente@exemple.fr', { createdAt: ago(SENT_EMAIL_RETENTION_DAYS + 1) });

    expect(await purgeOldEmails(now, t.db)).toBe(2);
    const left = await t.db.select({ to: emailOutbox.toAddress }).from(emailOutbox);
    expect(left.map((row) => row.to).sort()).toEqual(['attente@exemple.fr', 'recent@exemple.fr']);
    expect(await purgeOldEmails(now, t.db)).toBe(0);
  });
});
