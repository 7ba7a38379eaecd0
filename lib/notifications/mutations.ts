import 'server-only';
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { emailOutbox, users } from '@/db/schema';
import { SENT_EMAIL_RETENTION_DAYS } from './outbox';
import type { Email } from './templates';

export interface OutgoingMessage {
  to: string;
  email: Email;
  /** The account the message is for, when the address is not (yet) its own: a new address to confirm. */
  userId?: string;
}

/**
 * Queues an e-mail in the outbox. Call it with the transaction that makes the state change, so
 * the message is sent if and only if the change is committed; the worker delivers it.
 */
export async function enqueueEmail(tx: Db, to: string, email: Email, userId?: string): Promise<void> {
  await enqueueEmails(tx, [{ to, email, userId }]);
}

/**
 * Many messages in one insert (the scheduled jobs tell many people at once). Each row names the
 * recipient's account (the given one, else the account with that address), so deleting the
 * account removes the mail sent to every address it had. A tokenised link is stored apart from
 * the body (see outbox.ts).
 */
export async function enqueueEmails(tx: Db, messages: OutgoingMessage[]): Promise<void> {
  if (!messages.length) return;
  await tx.insert(emailOutbox).values(
    messages.map(({ to, email, userId }) => ({
      toAddress: to,
      userId: userId ?? sql`(select ${users.id} from ${users} where ${users.email} = lower(${to}))`,
      template: email.template,
      subject: email.subject,
      textBody: email.text,
      secretLink: email.link ?? null,
    })),
  );
}

/**
 * Removes the mail of an account being deleted, in its transaction: every message queued for it,
 * whatever address it went to, and any other message to its current address.
 */
export async function deleteAccountMail(tx: Db, userId: string, currentAddress: string): Promise<void> {
  await tx.delete(emailOutbox).where(or(eq(emailOutbox.userId, userId), eq(emailOutbox.toAddress, currentAddress)));
}

/**
 * The daily purge: messages sent (or abandoned) more than SENT_EMAIL_RETENTION_DAYS ago are deleted
 * (the outbox is a delivery queue, not an archive). Idempotent; returns how many went.
 */
export async function purgeOldEmails(now = new Date(), db?: Db): Promise<number> {
  db ??= await getDb();
  const cutoff = new Date(now.getTime() - SENT_EMAIL_RETENTION_DAYS * 24 * 3600_000);
  const purged = await db
    .delete(emailOutbox)
    .where(
      and(
        inArray(emailOutbox.status, ['sent', 'failed']),
        lt(sql`coalesce(${emailOutbox.sentAt}, ${emailOutbox.createdAt})`, cutoff),
      ),
    )
    .returning({ id: emailOutbox.id });
  return purged.length;
}
