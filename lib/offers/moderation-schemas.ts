import { z } from 'zod';
import { confirmField } from '@/lib/forms';
import { idField } from '@/lib/ids';

/*
 * "Signaler cette offre" (anyone signed in) and the national team's answers: unpublish the offer
 * with a reason its host reads, lift that, or dismiss a report.
 */

/** A report's and a moderation's reason: long enough to say what is wrong and where (offer_reports allows 2 000). */
export const REASON_MAX = 1000;

const offerId = idField('Offre introuvable.');
const reason = (missing: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(REASON_MAX, 'Le motif : 1 000 caractères au plus.');

export const reportOfferSchema = z.object({
  offerId,
  reason: reason('Le motif du signalement est obligatoire.'),
});
export type ReportOfferInput = z.infer<typeof reportOfferSchema>;

export const moderateOfferSchema = z.object({
  offerId,
  reason: reason('Indiquez le motif : la structure d’accueil le lira.'),
  confirm: confirmField('Cochez la case pour confirmer la dépublication.'),
});
export type ModerateOfferInput = z.infer<typeof moderateOfferSchema>;

export const liftModerationSchema = z.object({ offerId });

export const dismissReportSchema = z.object({ reportId: idField('Signalement introuvable.') });
