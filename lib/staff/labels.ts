import type { StaffRole } from '@/lib/auth/types';

/** Roles in a school, as the technical note names them (Annex 1). */
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  head: 'Chef d’établissement',
  main_teacher: 'Professeur principal',
  teacher: 'Professeur',
  cpe: 'Conseiller principal d’éducation (CPE)',
  librarian: 'Professeur documentaliste',
  psychologist: 'Psychologue de l’Éducation nationale',
  administrative: 'Personnel administratif',
};
