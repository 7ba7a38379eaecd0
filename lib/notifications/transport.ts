import { createTransport } from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Hands one message over for delivery; throws when it could not be handed over (the worker retries). */
export type SendEmail = (email: OutgoingEmail) => Promise<void>;

export const DEFAULT_MAIL_FROM = 'Mon stage de troisième <ne-pas-repondre@monstagedetroisieme.fr>';

/**
 * Real SMTP (nodemailer) when SMTP_URL is set, e.g. smtps://user:pass@smtp.example.fr:465.
 * Otherwise the dev mailbox: nothing leaves the machine, messages are marked sent and stay
 * readable on /courriels (demo mode only).
 */
export function createMailTransport(env: Record<string, string | undefined> = process.env): {
  kind: 'smtp' | 'dev_mailbox';
  send: SendEmail;
} {
  if (!env.SMTP_URL) return { kind: 'dev_mailbox', send: async () => {} };
  // Short timeouts: a stuck server must not hold a delivery batch (and its lease) for minutes.
  const smtp = createTransport(
    { url: env.SMTP_URL, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 30_000 },
    { from: env.MAIL_FROM || DEFAULT_MAIL_FROM },
  );
  return {
    kind: 'smtp',
    send: async (email) => {
      await smtp.sendMail({ to: email.to, subject: email.subject, text: email.text });
    },
  };
}
