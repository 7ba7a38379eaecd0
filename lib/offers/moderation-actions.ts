'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/auth/rate-limit';
import { requireRole, requireUser } from '@/lib/auth/session';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { dismissReport, liftModeration, moderateOffer } from './moderation-mutations';
import {
  dismissReportSchema,
  liftModerationSchema,
  moderateOfferSchema,
  reportOfferSchema,
} from './moderation-schemas';
import { reportOffer } from './report-mutations';

/** Everywhere an offer's moderation shows: its page, its host's space, the reports' lists. */
function revalidateOffer(offerId: string) {
  revalidatePath(`/offres/${offerId}`);
  revalidatePath('/offres');
  revalidatePath('/entreprise/offres', 'layout');
  revalidatePath('/admin', 'layout');
  revalidatePath('/pilotage', 'layout');
}

/** "Signaler cette offre", from the offer's page (/offres/[id]), which then thanks the reporter. */
export async function reportOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(reportOfferSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await reportOffer(user, parsed.data, { ip: clientIp(await headers()) });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  revalidatePath('/pilotage', 'layout');
  redirect(doneHref(`/offres/${parsed.data.offerId}`, 'signalee'));
}

/** The admin unpublishes an offer with a reason, from its page, after the "Je confirme" checkbox. */
export async function moderateOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(moderateOfferSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await moderateOffer(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidateOffer(parsed.data.offerId);
  redirect(doneHref(`/offres/${parsed.data.offerId}`, 'depubliee'));
}

/** The admin lifts the moderation: the host may republish. */
export async function liftModerationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(liftModerationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await liftModeration(user, parsed.data.offerId);
  if (!result.ok) return formFailure(result, formData);
  revalidateOffer(parsed.data.offerId);
  redirect(doneHref(`/offres/${parsed.data.offerId}`, 'levee'));
}

/** "Classer sans suite", from /admin/signalements. */
export async function dismissReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(dismissReportSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await dismissReport(user, parsed.data.reportId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin', 'layout');
  revalidatePath('/pilotage', 'layout');
  redirect(doneHref('/admin/signalements', 'classe'));
}
