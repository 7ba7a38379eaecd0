import type { PupilCvFields } from '@/db/schema/applications';

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

/** The CV's fields, with what to write in them, in the words of a 14-year-old's teacher. */
export const CV_FIELDS: { name: keyof PupilCvFields; label: string; hint: string }[] = [
  {
    name: 'subjects',
    label: 'Ce que j’aime au collège',
    hint: 'Les matières que tu préfères et pourquoi. Par exemple : « J’aime les SVT parce que j’aime comprendre comment fonctionne le corps. »',
  },
  {
    name: 'activities',
    label: 'Mes loisirs et activités',
    hint: 'Sport, musique, club, association, aide à la maison ou aux autres… Tout ce qui montre ce que tu sais faire.',
  },
  {
    name: 'languages',
    label: 'Les langues que je parle',
    hint: 'Au collège et à la maison. Par exemple : « Anglais (au collège), arabe (à la maison). »',
  },
  {
    name: 'hopes',
    label: 'Ce que j’aimerais découvrir pendant mon stage',
    hint: 'Un métier, un lieu, une façon de travailler. Il n’y a pas de mauvaise réponse.',
  },
  {
    name: 'availability',
    label: 'Remarques sur mes disponibilités (facultatif)',
    hint: 'Par exemple : « Je viens en transports en commun, je peux arriver à partir de 8 h 30. »',
  },
];
