import 'server-only';
import { headers } from 'next/headers';
import type { Db } from '@/db/client';
import { formFailure, type FormState } from '@/lib/forms';
import { hitsInWindow } from './queries';
import { deleteHits, recordHits, returnHits, takeHits } from './mutations';

/**
 * Attempts allowed per fixed window, counted in the database so every instance shares them.
 * Sign-in counts failures only: 10 per account stops password guessing on one account; 50 per
 * address leaves room for a school's pupils behind one shared NAT. Sign-up, password reset and
 * address lookups count every request.
 */
export const RATE_LIMITS = {
  sign_in: { windowMs: 15 * 60_000, perAccount: 10, perIp: 50 },
  sign_up: { windowMs: 60 * 60_000, perAccount: 5, perIp: 30 },
  password_reset: { windowMs: 60 * 60_000, perAccount: 3, perIp: 20 },
  // Address suggestions may be proxied to the national address API: a person types a few a
  // second at most, a script looping on the route is stopped.
  address_lookup: { windowMs: 60_000, perAccount: 60, perIp: 600 },
  // "Signaler cette offre", per account: someone finds a bad offer now and then; ten an hour stops a
  // script or a grudge against one host (an offer's e-mails go out on its first open report only).
  offer_report: { windowMs: 60 * 60_000, perAccount: 10, perIp: 100 },
} as const;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

export function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

function keysFor(action: RateLimitedAction, account: string, ip: string) {
  return { account: `${action}:account:${account.trim().toLowerCase()}`, ip: `${action}:ip:${ip}` };
}

/** True when the account or the address already used up its attempts in the current window. */
export async function isRateLimited(
  action: RateLimitedAction,
  account: string,
  ip: string,
  now = new Date(),
  db?: Db,
): Promise<boolean> {
  const limits = RATE_LIMITS[action];
  const keys = keysFor(action, account, ip);
  const hits = await hitsInWindow([keys.account, keys.ip], windowStartOf(now, limits.windowMs), db);
  return (hits.get(keys.account) ?? 0) >= limits.perAccount || (hits.get(keys.ip) ?? 0) >= limits.perIp;
}

export async function recordAttempt(
  action: RateLimitedAction,
  account: string,
  ip: string,
  now = new Date(),
  db?: Db,
): Promise<void> {
  const keys = keysFor(action, account, ip);
  await recordHits([keys.account, keys.ip], windowStartOf(now, RATE_LIMITS[action].windowMs), db);
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
  const limits = RATE_LIMITS[action];
  const keys = keysFor(action, account, ip);
  return takeHits(
    [
      [keys.account, limits.perAccount],
      [keys.ip, limits.perIp],
    ],
    windowStartOf(now, limits.windowMs),
    db,
  );
}

/** Sign-in counts failures only: a right password gives back the attempt consumeAttempt took (same `now`). */
export async function returnAttempt(
  action: RateLimitedAction,
  account: string,
  ip: string,
  now: Date,
  db?: Db,
): Promise<void> {
  const keys = keysFor(action, account, ip);
  await returnHits([keys.account, keys.ip], windowStartOf(now, RATE_LIMITS[action].windowMs), db);
}

/** Forgets an account's counted attempts (a successful password reset lifts the sign-in lockout). */
export async function clearAttempts(action: RateLimitedAction, account: string, db?: Db): Promise<void> {
  await deleteHits(keysFor(action, account, '').account, db);
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

/**
 * The client address as seen by the proxy in front of us: the last entry of x-forwarded-for, the
 * one that proxy appended (Next.js sets the header to the socket address when no proxy did). The
 * entries before it were sent by the client and can be anything: taking the first one would let
 * anybody pick a fresh address for every request and escape the per-address limits.
 */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || headers.get('x-real-ip') || 'unknown';
}
