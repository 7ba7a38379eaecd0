import type { SessionUser } from '@/lib/auth/types';

/**
 * A host organisation is managed by its members (team, invitations); an operator manages only the
 * offers it posts for the organisations it supports (lib/offers/policy.ts).
 */
export function canManageOrganisation(
  actor: Pick<SessionUser, 'role' | 'organisationId'>,
  organisationId: string,
): boolean {
  return actor.role === 'host' && actor.organisationId === organisationId;
}
