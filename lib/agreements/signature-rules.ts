import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/*
 * Signing with a typed name and an e-mailed code (issue 13): the code's life and how a typed name
 * is compared. Pure; the mutations (signature-mutations.ts) store and send.
 */

/** A code is valid 10 minutes and takes 5 tries; the sixth wrong code of a day locks that signature until midnight. */
export const SIGNATURE_CODE_MINUTES = 10;
export const SIGNATURE_CODE_TRIES = 5;
export const SIGNATURE_FAILURES_LOCK = 6;
/** A new code at most once a minute per signer: nobody's inbox gets flooded. */
export const SIGNATURE_CODE_RESEND_SECONDS = 60;
/** A legal representative's link is valid 14 days. */
export const REPRESENTATIVE_LINK_DAYS = 14;

export function newSignatureCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * What the database keeps of a code: its SHA-256 salted with the signer's identity (an account or
 * a legal representative), so that one code sent for several conventions (the head's batch) has one
 * hash and a hash says nothing about another signer's code.
 */
export function signatureCodeHash(signerId: string, code: string): string {
  return createHash('sha256').update(`${signerId}:${code}`).digest('hex');
}

export function sameCode(signerId: string, typed: string, storedHash: string): boolean {
  const typedHash = Buffer.from(signatureCodeHash(signerId, typed.replace(/\s/g, '')), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return typedHash.length === stored.length && timingSafeEqual(typedHash, stored);
}

/**
 * A typed name as compared with the name on the convention: accents, case, hyphens, apostrophes
 * and spaces do not matter (« jean-pierre n'diaye » is « Jean Pierre N’Diaye »).
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’‘`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameName(typed: string, expected: string): boolean {
  return comparableName(typed) !== '' && comparableName(typed) === comparableName(expected);
}

/** e.g. « c•••••@exemple.fr »: enough for a signer to recognise their address, not to read it over a shoulder. */
export function maskedEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}${'•'.repeat(Math.max(local.length - 1, 1))}@${domain}`;
}
