import type { SessionUser } from '@/lib/auth/types';
import { ROLE_OF_KIND, type InvitationKind } from './rules';

/**
 * A signed-in account accepts an invitation only when it is the invited address's own account,
 * of the kind the invitation gives (a pupil's account cannot join a school's staff). Without an
 * account, the link itself is the credential (acceptInvitationWithNewAccount).
 */
export function canAcceptInvitation(
  actor: Pick<SessionUser, 'email' | 'role'>,
  invitation: { email: string; kind: InvitationKind },
): boolean {
  return actor.email === invitation.email && actor.role === ROLE_OF_KIND[invitation.kind];
}
