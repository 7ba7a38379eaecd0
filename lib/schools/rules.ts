/*
 * Pure rules of school registration, shared by the pages (what to offer) and the mutations (what
 * to accept).
 */

export interface RegistrationCandidate {
  network: 'rep_plus' | 'rep' | 'derogation' | 'none';
  /** REP+, REP, or a derogation approved by the prefecture and the académie. */
  eligible: boolean;
  registered: boolean;
}

export const REGISTRATION_REFUSALS = {
  notPriority:
    'Ce collège n’est pas en éducation prioritaire (REP+ ou REP). Il peut être ajouté par dérogation après accord de la préfecture et des services académiques : contactez-nous.',
  derogationPending:
    'Ce collège est en dérogation en attente d’accord de la préfecture et des services académiques : vous pourrez l’inscrire dès que l’accord aura été enregistré.',
  alreadyRegistered:
    'Ce collège est déjà inscrit par son chef d’établissement. Demandez-lui une invitation, ou demandez à rejoindre l’équipe.',
  notRegistered:
    'Ce collège n’est pas encore inscrit : son chef d’établissement doit d’abord l’inscrire sur la plateforme. Vous pourrez ensuite rejoindre son équipe.',
} as const;

/** Why a head cannot register this school, or null when they can (circular, II: REP+, REP, approved derogations). */
export function headRegistrationRefusal(school: RegistrationCandidate): string | null {
  if (school.registered) return REGISTRATION_REFUSALS.alreadyRegistered;
  if (school.eligible) return null;
  return school.network === 'derogation' ? REGISTRATION_REFUSALS.derogationPending : REGISTRATION_REFUSALS.notPriority;
}

/** Staff ask to join a school only once its head has registered it: the head approves them. */
export function joinRequestRefusal(school: Pick<RegistrationCandidate, 'registered'>): string | null {
  return school.registered ? null : REGISTRATION_REFUSALS.notRegistered;
}
