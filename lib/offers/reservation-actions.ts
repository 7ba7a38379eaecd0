'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/session';
import { formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { answerReservation, requestReservation } from './reservation-mutations';
import { answerReservationSchema, requestReservationSchema } from './reservation-schemas';

/** A school head asks the host to reserve the offer for their collège (head only, checked again below). */
export async function requestReservationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(requestReservationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await requestReservation(user, parsed.data.offerId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(`/offres/${parsed.data.offerId}`);
  return formSuccess('Votre demande est envoyée à la structure d’accueil. Vous recevrez sa réponse par courriel.');
}

/** The host or operator managing the offer accepts or declines a pending request. */
export async function answerReservationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'operator');
  const parsed = parseForm(answerReservationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { offerId, schoolId, decision } = parsed.data;
  const result = await answerReservation(user, { offerId, schoolId, accept: decision === 'accept' });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(`/entreprise/offres/${offerId}`);
  revalidatePath(`/offres/${offerId}`);
  // An accepted request reserves the offer: it leaves the public list.
  revalidatePath('/offres');
  revalidatePath('/entreprise/offres');
  return formSuccess(
    decision === 'accept'
      ? 'Réservation acceptée : l’offre n’est plus visible que par les élèves et les personnels des collèges pour lesquels elle est réservée. Le chef d’établissement est prévenu par courriel.'
      : 'Demande refusée. Le chef d’établissement est prévenu par courriel.',
  );
}
