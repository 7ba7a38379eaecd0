import type { hostMemberRole, scopeLevel, staffRole, userRole } from '@/db/schema/enums';

export type UserRole = (typeof userRole.enumValues)[number];
export type StaffRole = (typeof staffRole.enumValues)[number];
export type ScopeLevel = (typeof scopeLevel.enumValues)[number];
export type HostMemberRole = (typeof hostMemberRole.enumValues)[number];

/**
 * Who is calling, with the scope every query filters by. Rebuilt from the database on each
 * request (see getCurrentUser), so a revoked membership or disabled account takes effect at once.
 */
export interface SessionUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  /** School staff: role in their school; undefined while their membership awaits the head. */
  staffRole?: StaffRole;
  schoolId?: string;
  /** Pupils: their class. */
  classId?: string;
  /** Pupils without recorded parental authorisation see no offer. */
  pendingConsent?: boolean;
  organisationId?: string;
  /** Hosts: an organisation's admin manages its team (removes colleagues); every member manages its offers. */
  hostRole?: HostMemberRole;
  /** Hosts whose organisation the admin suspended: they can only read (lib/hosts/policy.ts). */
  suspension?: { reason: string };
  operatorId?: string;
  /** State representatives: territory (or ministry id) they follow; validated by an admin. */
  scope?: { level: ScopeLevel; code: string | null; validated: boolean };
}

/** Each role's space: where it lands after signing in, and how the header names it. */
export const roleSpaces: Record<UserRole, { path: string; label: string }> = {
  pupil: { path: '/eleve', label: 'Mon espace élève' },
  school_staff: { path: '/etablissement', label: 'Mon établissement' },
  host: { path: '/entreprise', label: 'Ma structure d’accueil' },
  operator: { path: '/entreprise', label: 'Mon espace partenaire' },
  state_rep: { path: '/pilotage', label: 'Pilotage' },
  admin: { path: '/admin', label: 'Administration' },
};

/** Where an account waits for its address to be verified: the address, "renvoyer le lien", sign-out. */
export const VERIFICATION_PATH = '/inscription/verification';

/**
 * What the header and the demo banner show the caller (GET /api/session, read by the browser so that
 * pages the same for everyone stay prerendered): never more than that, no name, no address.
 */
export interface HeaderState {
  /** The signed-in account's role; null for a visitor and for an account whose address awaits verification. */
  role: UserRole | null;
  /** Signed in before verifying the address: the header leads back to VERIFICATION_PATH, never to "Se connecter". */
  unverified: boolean;
  /** This server runs in demo mode (DEMO=1): every page carries the demonstration banner. */
  demo: boolean;
}

export function homePathFor(user: Pick<SessionUser, 'role'>): string {
  return roleSpaces[user.role].path;
}
