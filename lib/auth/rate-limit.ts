import 'server-only';
import type { Db } from '@/db/client';
import { hitsInWindow } from './queries';
import { recordHits } from './mutations';

/**
 * Failed sign-ins allowed per 15-minute window: 10 per account stops password guessing on one
 * account; 50 per address leaves room for a school's pupils behind one shared NAT.
 */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perAccount: 10, perIp: 50 } as const;

export function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

function keysFor(email: string, ip: string) {
  return { account: `sign-in:account:${email.trim().toLowerCase()}`, ip: `sign-in:ip:${ip}` };
}

export async function isSignInBlocked(email: string, ip: string, now = new Date(), db?: Db): Promise<boolean> {
  const keys = keysFor(email, ip);
  const hits = await hitsInWindow([keys.account, keys.ip], windowStartOf(now, SIGN_IN_LIMITS.windowMs), db);
  return (hits.get(keys.account) ?? 0) >= SIGN_IN_LIMITS.perAccount || (hits.get(keys.ip) ?? 0) >= SIGN_IN_LIMITS.perIp;
}

export async function recordSignInFailure(email: string, ip: string, now = new Date(), db?: Db): Promise<void> {
  const keys = keysFor(email, ip);
  await recordHits([keys.account, keys.ip], windowStartOf(now, SIGN_IN_LIMITS.windowMs), db);
}

/** The client address as seen by the first proxy in front of us (x-forwarded-for), else 'unknown'. */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
