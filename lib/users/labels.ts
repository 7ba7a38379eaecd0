import type { accountStatus } from '@/db/schema/enums';
import type { UserRole } from '@/lib/auth/types';

/** Each kind of account, named the same on the account page, in the data export and in the back-office. */
export const USER_ROLE_LABELS: Record<UserRole, string> = {
  pupil: 'Élève',
  school_staff: 'Personnel de collège',
  host: 'Structure d’accueil',
  operator: 'Association partenaire (opérateur)',
  state_rep: 'Représentant de l’État',
  admin: 'Administrateur national',
};

export const ACCOUNT_STATUS_LABELS: Record<(typeof accountStatus.enumValues)[number], string> = {
  active: 'Actif',
  pending: 'En attente',
  disabled: 'Désactivé',
};
