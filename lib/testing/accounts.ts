import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox, users } from '@/db/schema';

/**
 * Fixtures for tests that are not about address verification: the account as if its holder had
 * opened the link e-mailed at sign-up (demo accounts and invited accounts are verified already).
 */
export async function markVerified(db: Db, email: string): Promise<void> {
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.email, email.toLowerCase()));
}

/** The token of the latest verification link e-mailed to `email`, read from the outbox as its holder reads the mail. */
export async function verificationTokenFor(db: Db, email: string): Promise<string> {
  const [mail] = await db
    .select({ link: emailOutbox.secretLink })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, email.toLowerCase()), eq(emailOutbox.template, 'email_verification')))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id));
  // The link is kept apart from the body until the message is sent (lib/notifications/outbox.ts).
  const token = mail?.link?.match(/\/inscription\/verification\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`Aucun lien de vérification envoyé à ${email}`);
  return token;
}

/** The templates of the e-mails queued for `email`, oldest first. */
export async function templatesSentTo(db: Db, email: string): Promise<string[]> {
  const rows = await db
    .select({ template: emailOutbox.template })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email.toLowerCase()))
    .orderBy(emailOutbox.createdAt, emailOutbox.id);
  return rows.map((row) => row.template);
}
