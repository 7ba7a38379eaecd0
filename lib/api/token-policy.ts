import type { SessionUser } from '@/lib/auth/types';

/**
 * An operator's API tokens are managed by its own members and by the national team: a token
 * publishes offers in the operator's name, so no one else may see, create or revoke one.
 */
export function canManageApiTokens(actor: Pick<SessionUser, 'role' | 'operatorId'>, operatorId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'operator' && actor.operatorId === operatorId);
}

export const API_TOKENS_FORBIDDEN = 'Seuls les membres de l’association et l’équipe nationale gèrent ses jetons d’API.';
