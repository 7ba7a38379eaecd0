'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/types';
import { doneHref, formFailure, parseForm, submittedValues, type FormState } from '@/lib/forms';
import { isUuid } from '@/lib/ids';
import { parseHostPartForm, parseSchoolPartForm } from './form-data';
import { completeHostPart, completeSchoolPart, saveSchoolTerms } from './mutations';
import { getAgreement } from './queries';
import { schoolTermsSchema } from './schemas';

/* The convention's forms: the host's part, the school's part, the school's standard terms. */

const HOST_AGREEMENTS = '/entreprise/conventions';
const SCHOOL_AGREEMENTS = '/etablissement/conventions';
const SCHOOL_TERMS = '/etablissement/conventions/conditions';

const NOT_FOUND: FormState = { status: 'error', message: 'Convention introuvable, ou elle ne vous concerne pas.' };

/**
 * A change of the text voids the signatures already given (mutations.ts): while there are some,
 * the form must carry the « Je confirme » box, checked here too (a stale page, a replayed form).
 */
async function unconfirmedVoiding(
  user: SessionUser,
  agreementId: string,
  formData: FormData,
): Promise<FormState | null> {
  const view = await getAgreement(user, agreementId);
  if (!view) return NOT_FOUND;
  if (!view.signatures.length || formData.get('confirm') === 'on') return null;
  const message = 'Cochez la case : enregistrer une modification annule les signatures déjà données.';
  return { status: 'error', message, fieldErrors: { confirm: message }, values: submittedValues(formData) };
}

const agreementIdOf = (formData: FormData) => {
  const id = formData.get('agreementId');
  return typeof id === 'string' && isUuid(id) ? id : null;
};

export async function saveHostPartAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'operator');
  const agreementId = agreementIdOf(formData);
  if (!agreementId) return NOT_FOUND;
  const parsed = parseHostPartForm(formData);
  if (!parsed.ok) return parsed.state;
  const unconfirmed = await unconfirmedVoiding(user, agreementId, formData);
  if (unconfirmed) return unconfirmed;
  const result = await completeHostPart(user, agreementId, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(HOST_AGREEMENTS);
  revalidatePath(SCHOOL_AGREEMENTS);
  redirect(doneHref(`${HOST_AGREEMENTS}/${agreementId}`, result.data.missing.length ? 'partie' : 'partie-complete'));
}

export async function saveSchoolPartAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const agreementId = agreementIdOf(formData);
  if (!agreementId) return NOT_FOUND;
  const parsed = parseSchoolPartForm(formData);
  if (!parsed.ok) return parsed.state;
  const unconfirmed = await unconfirmedVoiding(user, agreementId, formData);
  if (unconfirmed) return unconfirmed;
  const result = await completeSchoolPart(user, agreementId, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(SCHOOL_AGREEMENTS);
  revalidatePath(HOST_AGREEMENTS);
  redirect(doneHref(`${SCHOOL_AGREEMENTS}/${agreementId}`, result.data.missing.length ? 'partie' : 'partie-complete'));
}

export async function saveSchoolTermsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(schoolTermsSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await saveSchoolTerms(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(SCHOOL_TERMS);
  redirect(doneHref(SCHOOL_TERMS, 'conditions'));
}
