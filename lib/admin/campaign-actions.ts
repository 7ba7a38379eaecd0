'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { openCampaign, updateMinistryTarget, updateTerritoryTarget } from './campaign-mutations';
import { campaignPath } from './campaign-rules';
import { campaignMinistryTargetSchema, campaignTerritoryTargetSchema, openCampaignSchema } from './campaign-schemas';

/** Opens the campaign, then shows its targets, carried over and ready to edit. */
export async function openCampaignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(openCampaignSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await openCampaign(user, { schoolYear: parsed.data.schoolYear }, { now: new Date() });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin/campagnes', 'layout');
  redirect(doneHref(campaignPath(result.data.schoolYear), 'ouverte'));
}

/*
 * The row forms of a campaign's page stay where they are: a success answers in the row (the page
 * is revalidated, so the row shows the saved figures) instead of reloading at the top.
 */

export async function updateTerritoryTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(campaignTerritoryTargetSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateTerritoryTarget(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin/campagnes', 'layout');
  return formSuccess(result.data.changed ? 'Enregistré.' : 'Aucun changement.');
}

export async function updateMinistryTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('admin');
  const parsed = parseForm(campaignMinistryTargetSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateMinistryTarget(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/admin/campagnes', 'layout');
  return formSuccess(result.data.changed ? 'Enregistré.' : 'Aucun changement.');
}
