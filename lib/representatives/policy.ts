import type { SessionUser } from '@/lib/auth/types';

/** State representatives see their dashboards only once an admin validated them, and only for their scope. */
export function isValidatedRepresentative(actor: Pick<SessionUser, 'role' | 'scope'>): boolean {
  return actor.role === 'state_rep' && actor.scope?.validated === true;
}
