import 'server-only';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { Email } from './templates';

/**
 * Queues an e-mail in the outbox. Call it with the transaction that makes the state change, so
 * the message is sent if and only if the change is committed; the worker delivers it.
 */
export async function enqueueEmail(tx: Db, to: string, email: Email): Promise<void> {
  await enqueueEmails(tx, [{ to, email }]);
}

/** Many messages in one insert (the scheduled jobs tell many people at once). */
export async function enqueueEmails(tx: Db, messages: { to: string; email: Email }[]): Promise<void> {
  if (!messages.length) return;
  await tx.insert(emailOutbox).values(
    messages.map(({ to, email }) => ({
      toAddress: to,
      template: email.template,
      subject: email.subject,
      textBody: email.text,
    })),
  );
}
