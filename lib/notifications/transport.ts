import { createTransport } from 'nodemailer';
import { textToHtml } from './html';
import { isDevMailboxEnabled } from './mailbox';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Hands one message over for delivery; throws when it could not be handed over (the worker retries). */
export type SendEmail = (email: OutgoingEmail) => Promise<void>;

export const DEFAULT_MAIL_FROM = 'Mon stage de troisième <ne-pas-repondre@monstagedetroisieme.fr>';

export interface MailTransport {
  kind: 'smtp' | 'dev_mailbox' | 'none';
  send: SendEmail;
}

/**
 * Real SMTP (nodemailer) when SMTP_URL is set, e.g. smtps://user:pass@smtp.example.fr:465: plain
 * text and its HTML form (html.ts) in one message.
 * Otherwise nothing leaves the machine and messages are marked sent: in demo mode on the embedded
 * database they stay readable, links included, on /courriels (the dev mailbox); anywhere else
 * nobody reads them ('none').
 */
export function createMailTransport(env: Record<string, string | undefined> = process.env): MailTransport {
  if (!env.SMTP_URL) return { kind: isDevMailboxEnabled(env) ? 'dev_mailbox' : 'none', send: async () => {} };
  // Short timeouts: a stuck server must not hold a delivery batch (and its lease) for minutes.
  const smtp = createTransport(
    { url: env.SMTP_URL, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 30_000 },
    { from: env.MAIL_FROM || DEFAULT_MAIL_FROM },
  );
  return {
    kind: 'smtp',
    send: async (email) => {
      await smtp.sendMail({
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: textToHtml(email.text, email.subject),
      });
    },
  };
}
