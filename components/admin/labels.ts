import type { UserRole } from '@/lib/auth/types';

export const ROLE_LABELS: Record<UserRole, string> = {
  pupil: 'Élève',
  school_staff: 'Personnel de collège',
  host: 'Structure d’accueil',
  operator: 'Association partenaire',
  state_rep: 'Référent de l’État',
  admin: 'Administration',
};

export const STATUS_LABELS: Record<'active' | 'pending' | 'disabled', string> = {
  active: 'Actif',
  pending: 'En attente',
  disabled: 'Désactivé',
};
