import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { apiTokens, operators } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { API_TOKENS_FORBIDDEN, canManageApiTokens } from './token-policy';
import { apiTokenNameSchema } from './token-schemas';

/**
 * The prefix of every API token: a token pasted in a ticket, a log or a repository is recognisable
 * (and can be searched for by secret scanners), and never mistaken for another link token.
 */
export const API_TOKEN_PREFIX = 'mst_';

/** A new token: `mst_` and 256 random bits (base64url); the database keeps its SHA-256 only. */
export function newApiToken(): { token: string; hash: string } {
  const token = `${API_TOKEN_PREFIX}${newToken().token}`;
  return { token, hash: hashToken(token) };
}

/**
 * Creates a token for the operator and returns it in clear this once: only its hash is stored, so
 * nobody (not even the national team) can show it again. A lost token is revoked and replaced.
 */
export async function createApiToken(
  actor: SessionUser,
  input: { operatorId: string; name: string },
  db?: Db,
): Promise<ActionResult<{ id: string; token: string }>> {
  if (!canManageApiTokens(actor, input.operatorId)) return fail('FORBIDDEN', API_TOKENS_FORBIDDEN);
  const name = apiTokenNameSchema.safeParse(input.name);
  if (!name.success) return failOn('name', name.error.issues[0]!.message);
  if (!isUuid(input.operatorId)) return fail('NOT_FOUND', 'Cette association partenaire n’existe pas.');
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [operator] = await tx.select({ id: operators.id }).from(operators).where(eq(operators.id, input.operatorId));
    if (!operator) return fail('NOT_FOUND', 'Cette association partenaire n’existe pas.');
    const { token, hash } = newApiToken();
    const [created] = await tx
      .insert(apiTokens)
      .values({ operatorId: operator.id, name: name.data, tokenHash: hash, createdBy: actor.id })
      .returning({ id: apiTokens.id });
    await audit(tx, {
      actorId: actor.id,
      action: 'operator.api_token_created',
      targetType: 'operator',
      targetId: operator.id,
      details: { tokenId: created!.id, name: name.data },
    });
    return { ok: true as const, data: { id: created!.id, token } };
  });
}

const UNKNOWN_TOKEN = 'Ce jeton n’existe pas.';

/**
 * Revokes a token: the next call made with it is refused (authentication reads revoked_at on every
 * call). Returns the token's operator, for the page to go back to.
 */
export async function revokeApiToken(
  actor: SessionUser,
  tokenId: string,
  now = new Date(),
  db?: Db,
): Promise<ActionResult<{ operatorId: string; name: string }>> {
  if (!isUuid(tokenId)) return fail('NOT_FOUND', UNKNOWN_TOKEN);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [token] = await tx
      .select({ operatorId: apiTokens.operatorId, name: apiTokens.name, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(eq(apiTokens.id, tokenId))
      .for('update');
    if (!token) return fail('NOT_FOUND', UNKNOWN_TOKEN);
    if (!canManageApiTokens(actor, token.operatorId)) return fail('FORBIDDEN', API_TOKENS_FORBIDDEN);
    if (token.revokedAt) return fail('ALREADY_DONE', `Le jeton « ${token.name} » est déjà révoqué.`);
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)));
    await audit(tx, {
      actorId: actor.id,
      action: 'operator.api_token_revoked',
      targetType: 'operator',
      targetId: token.operatorId,
      details: { tokenId },
    });
    return { ok: true as const, data: { operatorId: token.operatorId, name: token.name } };
  });
}
