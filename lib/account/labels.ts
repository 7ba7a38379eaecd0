import type { StaffRole, UserRole } from '@/lib/auth/types';

/** How the account page and the data export name each kind of account. */
export const roleLabels: Record<UserRole, string> = {
  pupil: 'Élève',
  school_staff: 'Personnel de collège',
  host: 'Structure d’accueil',
  operator: 'Association partenaire (opérateur)',
  state_rep: 'Représentant de l’État',
  admin: 'Administrateur national',
};

export const staffRoleLabels: Record<StaffRole, string> = {
  head: 'Chef d’établissement',
  main_teacher: 'Professeur principal',
  teacher: 'Professeur',
  cpe: 'Conseiller principal d’éducation',
  librarian: 'Professeur documentaliste',
  psychologist: 'Psychologue de l’Éducation nationale',
  administrative: 'Personnel administratif',
};
