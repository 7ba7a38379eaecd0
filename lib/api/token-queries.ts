import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { canManageApiTokens } from './token-policy';

export interface ApiTokenRow {
  id: string;
  name: string;
  createdAt: Date;
  /** Who created it; null once that account is deleted. */
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * The operator's tokens, those in use first, newest first; never their hash. Null for a caller who
 * may not manage them.
 */
export async function listApiTokens(actor: SessionUser, operatorId: string, db?: Db): Promise<ApiTokenRow[] | null> {
  if (!isUuid(operatorId) || !canManageApiTokens(actor, operatorId)) return null;
  db ??= await getDb();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      createdBy: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.operatorId, operatorId))
    .orderBy(sql`${apiTokens.revokedAt} is not null`, desc(apiTokens.createdAt), desc(apiTokens.id));
}
