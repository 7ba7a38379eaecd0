import type { Db } from '@/db/client';
import { operatorMembers, operators, users } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';

/**
 * Two operators, P and Q, each with one verified member, and an admin: the cast of the API tokens'
 * integration tests. `tag` keeps names and addresses apart between files sharing nothing but style.
 */
export async function seedOperators(db: Db, tag: string) {
  const [p, q] = await db
    .insert(operators)
    .values([{ name: `Association P ${tag}` }, { name: `Association Q ${tag}`, apiFullAccess: true }])
    .returning({ id: operators.id });
  const person = async (email: string, role: 'operator' | 'admin', operatorId?: string): Promise<SessionUser> => {
    const [user] = await db
      .insert(users)
      .values({ email, role, firstName: 'Camille', lastName: tag, emailVerifiedAt: new Date() })
      .returning({ id: users.id });
    if (operatorId) await db.insert(operatorMembers).values({ userId: user!.id, operatorId });
    return (await loadSessionUser(user!.id, db))!;
  };
  return {
    operatorP: p!.id,
    operatorQ: q!.id,
    memberP: await person(`p.${tag}@exemple.fr`, 'operator', p!.id),
    memberQ: await person(`q.${tag}@exemple.fr`, 'operator', q!.id),
    admin: await person(`admin.${tag}@exemple.fr`, 'admin'),
  };
}
