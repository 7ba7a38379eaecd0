import 'server-only';
import { getDb, type Db } from '@/db/client';
import { audit } from '@/lib/audit/mutations';
import { revokeUserSessions } from '@/lib/auth/mutations';
import type { SessionUser } from '@/lib/auth/types';
import type { ActionResult } from '@/lib/errors';

/**
 * "Se déconnecter de tous les appareils" (/compte): every session of the caller ends, this one
 * too, so a phone left somewhere or a browser on a shared computer opens nothing any more.
 */
export async function signOutEverywhere(actor: SessionUser, now = new Date(), db?: Db): Promise<ActionResult> {
  db ??= await getDb();
  await db.transaction(async (tx) => {
    await revokeUserSessions(tx, actor.id, now);
    await audit(tx, {
      actorId: actor.id,
      action: 'user.sessions_revoked',
      targetType: 'user',
      targetId: actor.id,
      details: { via: 'account' },
    });
  });
  return { ok: true, data: undefined };
}
