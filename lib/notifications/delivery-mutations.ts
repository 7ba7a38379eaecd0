import 'server-only';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { describeError, log } from '@/lib/log';
import { withLink } from './outbox';
import { createMailTransport, type MailTransport, type SendEmail } from './transport';

/** Wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure gives up ('failed'). */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * Claimed messages are pushed this far into the future while this instance sends them, outside
 * any transaction: no other instance picks them, no lock or connection is held during SMTP
 * exchanges (on PGlite a transaction blocks every other request), and a crash mid-batch only
 * delays them by this much. Well above a batch's worst case with the transport's timeouts.
 */
const LEASE_MS = 30 * 60_000;

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers the outbox messages that are due, oldest first. Safe to run from several instances at
 * once: each message is claimed by exactly one of them (`for update skip locked`, then leased).
 * A failed message is retried after 1 min, 5 min, 30 min and 2 h, then marked 'failed'.
 * The secret link goes back into the text only for sending; once sent, or given up, the row keeps
 * no usable link, unless `keepLinks` (the demo mailbox, where /courriels shows them).
 */
export async function deliverPendingEmails(
  send: SendEmail,
  { batchSize = 20, now = new Date(), keepLinks = false }: { batchSize?: number; now?: Date; keepLinks?: boolean } = {},
  db?: Db,
): Promise<DeliveryReport> {
  db ??= await getDb();
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: emailOutbox.id,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        textBody: emailOutbox.textBody,
        secretLink: emailOutbox.secretLink,
        template: emailOutbox.template,
        attempts: emailOutbox.attempts,
      })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.sendAfter, now)))
      .orderBy(asc(emailOutbox.sendAfter), asc(emailOutbox.createdAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(emailOutbox)
        .set({ sendAfter: new Date(now.getTime() + LEASE_MS) })
        .where(
          inArray(
            emailOutbox.id,
            due.map((message) => message.id),
          ),
        );
    }
    return due;
  });

  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
  for (const message of claimed) {
    const attempts = message.attempts + 1;
    try {
      await send({
        to: message.toAddress,
        subject: message.subject,
        text: withLink(message.textBody, message.secretLink),
      });
      await db
        .update(emailOutbox)
        .set({ status: 'sent', sentAt: now, attempts, lastError: null, ...(keepLinks ? {} : { secretLink: null }) })
        .where(eq(emailOutbox.id, message.id));
      report.sent++;
    } catch (error) {
      const gaveUp = attempts >= MAX_ATTEMPTS;
      const lastError = describeError(error);
      await db
        .update(emailOutbox)
        .set({
          status: gaveUp ? 'failed' : 'pending',
          attempts,
          lastError,
          sendAfter: gaveUp ? now : new Date(now.getTime() + RETRY_DELAYS_MS[attempts - 1]!),
          ...(gaveUp ? { secretLink: null } : {}),
        })
        .where(eq(emailOutbox.id, message.id));
      if (gaveUp) report.failed++;
      else report.retried++;
      // Never the body nor the link: reset and invitation links are secrets.
      log(gaveUp ? 'error' : 'warn', 'email_delivery_failed', {
        emailId: message.id,
        template: message.template,
        attempts,
        gaveUp,
        error: lastError,
      });
    }
  }
  return report;
}

const holder = globalThis as unknown as { __monstageOutboxLoop?: ReturnType<typeof setInterval> };

/**
 * Runs deliverPendingEmails every `intervalMs` in this process (started by instrumentation.ts).
 * A tick never overlaps the previous one; a full batch is followed at once by the next one. Kept
 * on globalThis so hot reloads and a second registration do not start a second loop.
 */
export function startDeliveryLoop({
  intervalMs = 5000,
  transport = createMailTransport(),
}: { intervalMs?: number; transport?: MailTransport } = {}): void {
  if (holder.__monstageOutboxLoop) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const batchSize = 20;
      const keepLinks = transport.kind === 'dev_mailbox';
      while ((await deliverPendingEmails(transport.send, { batchSize, keepLinks })).claimed === batchSize);
    } catch (error) {
      log('error', 'email_delivery_loop_failed', { error: describeError(error) });
    } finally {
      running = false;
    }
  };
  holder.__monstageOutboxLoop = setInterval(() => void tick(), intervalMs);
  // The loop alone must not keep a process (a script, a test) alive.
  holder.__monstageOutboxLoop.unref();
}
