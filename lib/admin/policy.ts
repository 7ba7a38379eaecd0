import type { SessionUser } from '@/lib/auth/types';

/** The national team: the back-office, reference data, derogations, operators and representatives' validation. */
export function isAdmin(actor: Pick<SessionUser, 'role'>): boolean {
  return actor.role === 'admin';
}

export const ADMIN_ONLY = 'Cette action est réservée à l’équipe nationale.';
