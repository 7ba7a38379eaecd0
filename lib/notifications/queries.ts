import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { isDevMailboxEnabled } from './mailbox';
import { withLink } from './outbox';

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'pending' | 'sent' | 'failed';
  createdAt: Date;
}

/**
 * The latest outbox messages, newest first, optionally for one recipient: the dev mailbox, with
 * each message's secret link in place while the row still holds it. Public by design on a demo
 * database (people who receive invitations have no account yet), so it refuses to run anywhere
 * else, whatever page calls it.
 */
export async function listDevMailbox(
  { recipient, limit = 50 }: { recipient?: string; limit?: number } = {},
  db?: Db,
): Promise<MailboxMessage[]> {
  if (!isDevMailboxEnabled())
    throw new Error('La boîte de démonstration n’existe que sur la base embarquée de démonstration, sans SMTP_URL.');
  db ??= await getDb();
  const rows = await db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      textBody: emailOutbox.textBody,
      secretLink: emailOutbox.secretLink,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(recipient ? eq(emailOutbox.toAddress, recipient.trim().toLowerCase()) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
  return rows.map(({ textBody, secretLink, ...message }) => ({ ...message, text: withLink(textBody, secretLink) }));
}
