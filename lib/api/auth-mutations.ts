import 'server-only';
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { apiTokens, operators } from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import type { ApiCaller, ApiErrorBody } from './types';

/**
 * The one answer to every call without a usable token (no header, another scheme, an unknown or a
 * revoked token): the contract's words, and nothing that tells a guesser which case it hit.
 */
export const WRONG_API_TOKEN: ApiErrorBody = { code: 'UNAUTHORIZED', error: 'wrong api token' };

/** last_used_at is a hint for the operator's page, not an access log: one write a minute at most. */
export const LAST_USED_PRECISION_MS = 60_000;

// Far longer than any token we issue (mst_ + 43 characters): a huge header is refused unhashed.
const MAX_TOKEN_LENGTH = 200;

export type ApiAuthentication = { ok: true; caller: ApiCaller } | ({ ok: false } & ApiErrorBody);

/**
 * Reads `Authorization: Bearer <token>` and finds the token, not revoked, by its hash. The
 * operator's full access is read on every call, so the admin's change applies at once, like a
 * revocation.
 */
export async function authenticateApiRequest(request: Request, now = new Date(), db?: Db): Promise<ApiAuthentication> {
  const token = bearerToken(request.headers.get('authorization'));
  if (!token) return { ok: false, ...WRONG_API_TOKEN };
  db ??= await getDb();
  const [found] = await db
    .select({
      tokenId: apiTokens.id,
      operatorId: apiTokens.operatorId,
      fullAccess: operators.apiFullAccess,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(operators, eq(operators.id, apiTokens.operatorId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!found) return { ok: false, ...WRONG_API_TOKEN };
  const stale = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  if (!found.lastUsedAt || found.lastUsedAt <= stale)
    // Conditional, so that concurrent calls of the same minute write once.
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, found.tokenId), or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, stale))));
  return { ok: true, caller: { tokenId: found.tokenId, operatorId: found.operatorId, fullAccess: found.fullAccess } };
}

/** The token of a `Bearer` authorization (the scheme in any case, RFC 7235), or null. */
function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer +(\S+) *$/i);
  const token = match?.[1];
  return token && token.length <= MAX_TOKEN_LENGTH ? token : null;
}
