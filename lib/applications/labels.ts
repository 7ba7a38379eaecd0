/** The words users read for application values (client-safe), the same for the pupil and the host. */

export const APPLICATION_STATUS_LABELS = {
  submitted: 'Envoyée',
  read: 'Lue par la structure',
  accepted: 'Acceptée, à confirmer',
  confirmed: 'Stage confirmé',
  rejected: 'Refusée',
  canceled_by_pupil: 'Annulée par l’élève',
  canceled_by_host: 'Annulée par la structure',
  expired: 'Sans réponse à temps',
  acceptance_expired: 'Non confirmée à temps',
  superseded: 'Retirée : stage confirmé ailleurs',
} as const;

export const APPLICATION_STATUS_SEVERITY = {
  submitted: 'new',
  read: 'info',
  accepted: 'warning',
  confirmed: 'success',
  rejected: 'error',
  canceled_by_pupil: undefined,
  canceled_by_host: 'error',
  expired: undefined,
  acceptance_expired: undefined,
  superseded: undefined,
} as const;

/** The reasons a host picks from when refusing; « Autre » lets them write their own. */
export const REFUSAL_REASONS = [
  'Toutes les places de cette semaine sont attribuées.',
  'Le stage ne correspond pas à ce que tu recherches d’après ta lettre.',
  'Notre structure ne peut finalement pas accueillir d’élève cette semaine-là.',
  'Le trajet entre ton domicile ou ton collège et notre structure est trop long.',
] as const;
