import { z } from 'zod';
import { idField } from '@/lib/ids';

/** Reservation requests (school heads) and their answers (hosts): the same schemas on client and server. */

const id = idField('Identifiant invalide.');

export const requestReservationSchema = z.object({ offerId: id });

export const answerReservationSchema = z.object({
  offerId: id,
  schoolId: id,
  decision: z.enum(['accept', 'decline'], { error: 'Choisissez d’accepter ou de refuser la demande.' }),
});
export type AnswerReservationInput = z.infer<typeof answerReservationSchema>;
