import type { agreementFeedbackAuthor, agreementOutcome } from '@/db/schema/enums';
import type { AgreementState, SignatoryParty } from './rules';

/** The convention's states as everyone concerned reads them. */
export const AGREEMENT_STATE_LABELS: Record<AgreementState, string> = {
  to_complete: 'À compléter',
  ready_to_sign: 'Prête à signer',
  signing: 'En cours de signature',
  signed: 'Signée par tous',
  canceled: 'Annulée',
};

export const SIGNATORY_PARTY_LABELS: Record<SignatoryParty, string> = {
  school: 'Le collège',
  host: 'La structure d’accueil',
  pupil: 'L’élève',
  legal_representative: 'Représentant légal',
};

export const AGREEMENT_OUTCOME_LABELS: Record<(typeof agreementOutcome.enumValues)[number], string> = {
  completed: 'Stage réalisé',
  not_held: 'Stage non réalisé',
};

export const FEEDBACK_AUTHOR_LABELS: Record<(typeof agreementFeedbackAuthor.enumValues)[number], string> = {
  pupil: 'L’élève',
  tutor: 'Le tuteur',
};
