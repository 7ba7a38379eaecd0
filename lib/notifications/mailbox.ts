import { isDemoMode } from '@/lib/demo/accounts';

/**
 * The dev mailbox (/courriels) shows every queued message to anyone, links with their tokens
 * included: only in demo mode (DEMO=1) on the embedded database (one machine, `npm run demo`) and
 * when no real e-mail is sent. A shared server, even a demo one on PostgreSQL, would let anyone
 * take over any account with it, so there it does not exist.
 */
export function isDevMailboxEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return isDemoMode(env) && !env.DATABASE_URL && !env.SMTP_URL;
}

export type TextPart = { text: string } | { href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Splits a plain-text body into text and web addresses, so a page can render the addresses as links. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    // A sentence's final punctuation is not part of the address.
    const href = match[0].replace(/[.,;:!?)]+$/, '');
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ href });
    last = match.index + href.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
