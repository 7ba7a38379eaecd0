import 'server-only';
import { headers } from 'next/headers';
import type { Db } from '@/db/client';
import { formFailure, type FormState } from '@/lib/forms';
import { hitsInWindow } from './queries';
import { clientIp } from './client-address';
import { deleteHitsStartingWith, recordHits, returnHits, takeHits } from './mutations';

export { clientIp };

/**
 * Attempts allowed per fixed window, counted in the database so every instance shares them, under
 * up to three keys per attempt:
 * - perAccountAndIp: one account from one address (the person retrying, or someone guessing);
 * - perIp: one address, whatever the account (one machine trying many accounts);
 * - perAccount: one account from everywhere, only where each attempt e-mails the account's
 *   address or where the account is the signed-in caller.
 * An attacker failing on purpose fills the keys of their own address: the account's owner, from
 * another address, is not locked out.
 */
export const RATE_LIMITS = {
  // Failures only. 10 per account and address in 15 minutes stop guessing a password from one
  // machine; 50 per address stop trying many accounts and leave room for a school's pupils behind
  // one shared connection. No limit per account alone: it would lock the owner out.
  sign_in: { windowMs: 15 * 60_000, perAccountAndIp: 10, perIp: 50 },
  // Each request may mail the address typed: 5 per address and connection, 30 per connection, and
  // at most 20 per address and hour from everywhere, so no inbox gets flooded (reaching that ceiling
  // takes four connections or more: the owner's own attempts are not stopped by one attacker).
  sign_up: { windowMs: 60 * 60_000, perAccountAndIp: 5, perIp: 30, perAccount: 20 },
  // Same reasoning: 3 per address and connection, 20 per connection, 10 mails to one address per
  // hour. The owner is not locked out: the last link sent (whoever asked) works for an hour.
  password_reset: { windowMs: 60 * 60_000, perAccountAndIp: 3, perIp: 20, perAccount: 10 },
  // Address suggestions may be proxied to the national address API: a person types a few a second
  // at most, a script looping on the route is stopped. The account is the signed-in caller's id.
  address_lookup: { windowMs: 60_000, perAccount: 60, perIp: 600 },
  // Commune suggestions for visitors (no account, offline list): a person types a few a second at
  // most, a whole school behind one connection stays well under 300 a minute; a script looping on
  // the public route is stopped.
  commune_lookup: { windowMs: 60_000, perIp: 300 },
  // "Signaler cette offre", per account: someone finds a bad offer now and then; ten an hour stops a
  // script or a grudge against one host (an offer's e-mails go out on its first open report only).
  offer_report: { windowMs: 60 * 60_000, perAccount: 10, perIp: 100 },
  // Partner API calls, per token (the "account" is the token's id), whatever the address: 600 a
  // minute (10 a second) lets a partner's tool publish or update a thousand offers in two minutes,
  // and stops a runaway loop before it weighs on the database. No limit per address: a partner's
  // tools may run behind one gateway with several tokens.
  api_request: { windowMs: 60_000, perAccount: 600 },
} as const satisfies Record<string, Limits>;

interface Limits {
  windowMs: number;
  perAccountAndIp?: number;
  perAccount?: number;
  perIp?: number;
}

export type RateLimitedAction = keyof typeof RATE_LIMITS;

export function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

const accountAndIpPrefix = (action: RateLimitedAction, account: string) =>
  `${action}:account+ip:${account.trim().toLowerCase()} `;

/** The keys an attempt counts under, each with its limit, always in the same order (no deadlock). */
function keysFor(action: RateLimitedAction, account: string, ip: string): [key: string, max: number][] {
  const limits: Limits = RATE_LIMITS[action];
  const keys: [string, number][] = [];
  if (limits.perAccountAndIp) keys.push([`${accountAndIpPrefix(action, account)}${ip}`, limits.perAccountAndIp]);
  if (limits.perAccount) keys.push([`${action}:account:${account.trim().toLowerCase()}`, limits.perAccount]);
  if (limits.perIp) keys.push([`${action}:ip:${ip}`, limits.perIp]);
  return keys;
}

/** True when one of the attempt's keys already used up its attempts in the current window. */
export async function isRateLimited(
  action: RateLimitedAction,
  account: string,
  ip: string,
  now = new Date(),
  db?: Db,
): Promise<boolean> {
  const keys = keysFor(action, account, ip);
  const hits = await hitsInWindow(
    keys.map(([key]) => key),
    windowStartOf(now, RATE_LIMITS[action].windowMs),
    db,
  );
  return keys.some(([key, max]) => (hits.get(key) ?? 0) >= max);
}

export async function recordAttempt(
  action: RateLimitedAction,
  account: string,
  ip: string,
  now = new Date(),
  db?: Db,
): Promise<void> {
  const keys = keysFor(action, account, ip).map(([key]) => key);
  await recordHits(keys, windowStartOf(now, RATE_LIMITS[action].windowMs), db);
}

/**
 * For sign-up and reset forms: counts this attempt and says whether it is within the limits. Pass
 * the e-mail typed in the form as the account. Atomic: concurrent requests cannot all slip in
 * before the first one is counted. Sign-in takes an attempt the same way before checking the
 * password, and gives it back with returnAttempt when the password was right.
 */
export async function consumeAttempt(
  action: RateLimitedAction,
  account: string,
  ip: string,
  now = new Date(),
  db?: Db,
): Promise<boolean> {
  return takeHits(keysFor(action, account, ip), windowStartOf(now, RATE_LIMITS[action].windowMs), db);
}

/** Sign-in counts failures only: a right password gives back the attempt consumeAttempt took (same `now`). */
export async function returnAttempt(
  action: RateLimitedAction,
  account: string,
  ip: string,
  now: Date,
  db?: Db,
): Promise<void> {
  const keys = keysFor(action, account, ip).map(([key]) => key);
  await returnHits(keys, windowStartOf(now, RATE_LIMITS[action].windowMs), db);
}

/** Forgets an account's counted attempts from every address (a password reset lifts the sign-in limit). */
export async function clearAttempts(action: RateLimitedAction, account: string, db?: Db): Promise<void> {
  await deleteHitsStartingWith(accountAndIpPrefix(action, account), db);
}

/**
 * For public sign-up actions: counts the attempt against `account` and the caller's address, and
 * returns the form's refusal once over the limit, else null. Call it after the form parsed, so a
 * form refused for a typo costs no attempt.
 */
export async function signUpRefusal(account: string, formData: FormData): Promise<FormState | null> {
  if (await consumeAttempt('sign_up', account, clientIp(await headers()))) return null;
  return formFailure(
    {
      ok: false,
      code: 'RATE_LIMITED',
      message: 'Trop de demandes d’inscription en peu de temps. Réessayez dans une heure.',
    },
    formData,
  );
}
