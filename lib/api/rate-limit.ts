import 'server-only';
import type { Db } from '@/db/client';
import { consumeAttempt, RATE_LIMITS, windowStartOf } from '@/lib/auth/rate-limit';

/** Calls allowed per token and minute (lib/auth/rate-limit.ts says why 600). */
export const API_RATE_LIMIT = RATE_LIMITS.api_request;

/**
 * Counts one call of the token, in the database shared by every instance. Over the limit, the
 * call is refused (and not counted) with the seconds left until the window ends, for Retry-After.
 */
export async function consumeApiQuota(
  tokenId: string,
  now = new Date(),
  db?: Db,
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  // The limit is per token only (no perIp): the address argument is not used.
  if (await consumeAttempt('api_request', tokenId, '', now, db)) return { ok: true };
  const windowEnd = windowStartOf(now, API_RATE_LIMIT.windowMs).getTime() + API_RATE_LIMIT.windowMs;
  return { ok: false, retryAfter: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) };
}
