import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import { enqueueEmail } from './mutations';
import { listDevMailbox } from './queries';
import type { OutgoingEmail } from './transport';
import { deliverPendingEmails, MAX_ATTEMPTS, RETRY_DELAYS_MS } from './delivery-mutations';

let t: TestDb;
// Messages are due from their insertion (database clock): the test clock starts just after.
const now = new Date(Date.now() + 60_000);
const at = (ms: number) => new Date(now.getTime() + ms);

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.delete(emailOutbox);
});

const queue = (to: string, subject = 'Sujet') =>
  enqueueEmail(t.db, to, { template: 'test', subject, text: `Bonjour ${to}` });

describe('outbox delivery', () => {
  it('sends each message exactly once when two workers run at the same time', async () => {
    for (let i = 0; i < 30; i++) await queue(`destinataire${i}@demo.test`);
    const delivered: string[] = [];
    // Slow sends keep the first worker busy while the second one looks for work.
    const send = async (email: OutgoingEmail) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      delivered.push(email.to);
    };
    const reports = await Promise.all([
      deliverPendingEmails(send, { now }, t.db),
      deliverPendingEmails(send, { now }, t.db),
    ]);
    expect(reports.map((report) => report.sent).reduce((a, b) => a + b)).toBe(30);
    expect(new Set(delivered).size).toBe(30);
    expect(delivered).toHaveLength(30);
    expect(await t.db.$count(emailOutbox, eq(emailOutbox.status, 'sent'))).toBe(30);
    // Nothing left for a later run.
    expect(await deliverPendingEmails(send, { now: at(3600_000) }, t.db)).toMatchObject({ claimed: 0 });
  });

  it('retries a failing message after 1 min, 5 min, 30 min and 2 h, then marks it failed', async () => {
    await queue('injoignable@demo.test');
    const send = vi.fn(async () => {
      throw new Error('550 boîte inconnue');
    });
    let clock = 0;
    for (const delay of RETRY_DELAYS_MS) {
      expect(await deliverPendingEmails(send, { now: at(clock) }, t.db)).toMatchObject({ claimed: 1, retried: 1 });
      // Not due again before the delay has passed.
      expect(await deliverPendingEmails(send, { now: at(clock + delay - 1000) }, t.db)).toMatchObject({ claimed: 0 });
      clock += delay;
    }
    expect(await deliverPendingEmails(send, { now: at(clock) }, t.db)).toMatchObject({ claimed: 1, failed: 1 });
    expect(await deliverPendingEmails(send, { now: at(clock + 24 * 3600_000) }, t.db)).toMatchObject({ claimed: 0 });
    expect(send).toHaveBeenCalledTimes(MAX_ATTEMPTS);
    const [row] = await t.db.select().from(emailOutbox);
    expect(row).toMatchObject({ status: 'failed', attempts: 5, lastError: 'Error: 550 boîte inconnue', sentAt: null });
  });

  it('sends a message that failed once at its next attempt', async () => {
    await queue('capricieux@demo.test');
    const send = vi.fn().mockRejectedValueOnce(new Error('timeout')).mockResolvedValue(undefined);
    await deliverPendingEmails(send, { now }, t.db);
    expect(await deliverPendingEmails(send, { now: at(RETRY_DELAYS_MS[0]) }, t.db)).toMatchObject({ sent: 1 });
    const [row] = await t.db.select().from(emailOutbox);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null, sentAt: at(RETRY_DELAYS_MS[0]) });
  });
});

describe('dev mailbox', () => {
  beforeEach(() => {
    vi.stubEnv('DEMO', '1');
    vi.stubEnv('SMTP_URL', '');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('lists the latest messages newest first, for everyone or for one recipient', async () => {
    // The page exists on the embedded database only; the query itself runs on this tier's database.
    vi.stubEnv('DATABASE_URL', '');
    for (const [to, subject] of [
      ['a@demo.test', 'Premier'],
      ['b@demo.test', 'Deuxième'],
      ['a@demo.test', 'Troisième'],
    ]) {
      await queue(to!, subject);
      await new Promise((resolve) => setTimeout(resolve, 2)); // distinct creation times
    }
    expect((await listDevMailbox({}, t.db)).map((message) => message.subject)).toEqual([
      'Troisième',
      'Deuxième',
      'Premier',
    ]);
    expect((await listDevMailbox({ recipient: ' A@demo.test ' }, t.db)).map((message) => message.subject)).toEqual([
      'Troisième',
      'Premier',
    ]);
  });

  it('does not exist once real e-mail is configured', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:2525');
    await expect(listDevMailbox({}, t.db)).rejects.toThrow();
  });
});
