/** The words users read for offer values (client-safe). */

export const OFFER_STATUS_LABELS = {
  draft: 'Brouillon',
  published: 'Publiée',
  unpublished: 'Dépubliée',
  archived: 'Archivée',
} as const;

export const OFFER_STATUS_SEVERITY = {
  draft: 'new',
  published: 'success',
  unpublished: 'info',
  archived: undefined,
} as const;

export const LUNCH_LABELS = {
  canteen_invitation: 'L’élève est invité à déjeuner',
  reduced_rate: 'Tarif préférentiel au restaurant collectif',
  none: 'Pas de déjeuner prévu : l’élève apporte son repas',
} as const;
