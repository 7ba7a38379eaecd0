import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import { schoolClasses } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isStaffOf } from '@/lib/staff/policy';
import { followsOwnClassesOnly } from './policy';

/**
 * canFollowClass (policy.ts) as the WHERE clause on school_classes of every follow-up query: the
 * classes of the actor's school, only their own for a main teacher. Null for anyone who follows no
 * class: callers refuse before querying. scope.int.test.ts checks both name the same classes.
 */
export function followedClasses(actor: SessionUser): SQL | null {
  if (!actor.schoolId || !isStaffOf(actor, actor.schoolId)) return null;
  return and(
    eq(schoolClasses.schoolId, actor.schoolId),
    followsOwnClassesOnly(actor) ? eq(schoolClasses.mainTeacherId, actor.id) : undefined,
  )!;
}
