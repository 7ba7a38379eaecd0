/**
 * How outbox rows keep no live secret at rest: a link that carries a token (invitation, reset,
 * address confirmation) is stored apart from the body (`email_outbox.secret_link`), the body holds
 * this placeholder where it goes, and the link is cleared once a real transport has sent the message.
 */
export const LINK_PLACEHOLDER = '{{lien}}';

/** Sent (or abandoned) messages are deleted this long after they were queued: stated on /donnees-personnelles. */
export const SENT_EMAIL_RETENTION_DAYS = 30;

/** The body as its recipient reads it: the link put back in place, or a note once it is gone. */
export function withLink(text: string, link: string | null): string {
  return text.replaceAll(LINK_PLACEHOLDER, link ?? '[lien retiré après l’envoi]');
}
