import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';

type Actor = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'hostRole' | 'suspension'>;

/**
 * A host organisation is managed by its members (team, invitations); an operator manages only the
 * offers it posts for the organisations it supports (lib/offers/policy.ts). A suspended
 * organisation's members can only read.
 */
export function canManageOrganisation(actor: Actor, organisationId: string): boolean {
  return actor.role === 'host' && actor.organisationId === organisationId && !actor.suspension;
}

/**
 * Removing a member from an organisation: its own admins (not themselves), or the platform admin.
 * An organisation always keeps an admin: its last one cannot be removed.
 */
export function canRemoveColleague(
  actor: Actor,
  member: { organisationId: string; userId: string; role: 'admin' | 'member'; lastAdmin: boolean },
): boolean {
  if (member.role === 'admin' && member.lastAdmin) return false;
  if (actor.role === 'admin') return true;
  return (
    canManageOrganisation(actor, member.organisationId) && actor.hostRole === 'admin' && member.userId !== actor.id
  );
}

/**
 * While the admin suspends an organisation, its accounts can only read: every change to its offers
 * or its team starts with this refusal (null when the actor may write), which says why.
 */
export function readOnlyRefusal(actor: Pick<SessionUser, 'suspension'>): ActionResult<never> | null {
  if (!actor.suspension) return null;
  return fail(
    'FORBIDDEN',
    `Votre structure est suspendue par l’équipe nationale (« ${actor.suspension.reason} ») : vous pouvez consulter ses offres et son équipe, mais plus les modifier.`,
  );
}
