'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { todayInParis } from '@/lib/calendar/weeks';
import { fail, type ActionResult } from '@/lib/errors';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { isUuid } from '@/lib/ids';
import { changeOfferStatus, copyOffer } from './lifecycle-mutations';
import { OFFER_NOT_FOUND } from './mutations';
import { saveOfferStep } from './steps-mutations';
import { copyOfferSchema, OFFER_STEPS, offerStatusSchema, type OfferStep } from './schemas';

/** Saves one step of the offer form (react-hook-form sends the step's values as an object). */
export async function saveOfferStepAction(
  offerId: string | null,
  step: OfferStep,
  values: unknown,
): Promise<ActionResult<{ offerId: string }>> {
  const user = await requireRole('host', 'operator');
  if ((offerId !== null && !isUuid(offerId)) || !OFFER_STEPS.includes(step)) return fail('NOT_FOUND', OFFER_NOT_FOUND);
  const result = await saveOfferStep(user, offerId, step, values, { today: todayInParis() });
  if (result.ok) revalidatePath('/entreprise/offres');
  return result;
}

/** Publish, unpublish or archive, from the offer's page in the host's space; the page confirms with ?fait=. */
export async function changeOfferStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'operator');
  const parsed = parseForm(offerStatusSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { offerId, transition } = parsed.data;
  const result = await changeOfferStatus(user, offerId, transition, { today: todayInParis() });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/entreprise/offres', 'layout');
  revalidatePath(`/offres/${offerId}`);
  redirect(doneHref(`/entreprise/offres/${offerId}`, transition));
}

/** Duplicate or renew: opens the new draft's first step. */
export async function copyOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'operator');
  const parsed = parseForm(copyOfferSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await copyOffer(user, parsed.data.offerId, parsed.data.mode, { today: todayInParis() });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/entreprise/offres');
  redirect(doneHref(`/entreprise/offres/${result.data.offerId}/structure`, parsed.data.mode));
}
