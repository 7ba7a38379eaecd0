'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import {
  confirmField,
  doneHref,
  formFailure,
  parseForm,
  parseValues,
  PUPIL_FORM_ERRORS_MESSAGE,
  type FormState,
} from '@/lib/forms';
import { answerApplication } from './answer-mutations';
import { apply, cancelByPupil, confirmApplication, saveCv } from './mutations';
import {
  applicationIdSchema,
  applySchema,
  cvSchema,
  hostCancelSchema,
  pupilCancelSchema,
  refuseSchema,
} from './schemas';

/* The forms of applications: the pupil's (CV, apply, confirm, cancel) and the host's answers. */

const PUPIL_SPACE = '/eleve';
const inboxItem = (id: string) => `/entreprise/candidatures/${id}`;

/** The CV form submitted (without JavaScript, or with the button). */
export async function saveCvAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('pupil');
  const parsed = parseForm(cvSchema, formData, PUPIL_FORM_ERRORS_MESSAGE);
  if (!parsed.ok) return parsed.state;
  const result = await saveCv(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/eleve/cv');
  return { status: 'success', message: 'Ton CV est enregistré. Il sera joint à chacune de tes candidatures.' };
}

/** The CV saved as the pupil types: the fields as they are, or the messages of those too long. */
export async function autosaveCvAction(
  values: unknown,
): Promise<{ ok: true; savedAt: string } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const user = await requireRole('pupil');
  const parsed = parseValues(cvSchema, values);
  if (!parsed.ok) return parsed;
  const result = await saveCv(user, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: { form: [result.message] } };
  return { ok: true, savedAt: new Date().toISOString() };
}

export async function applyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('pupil');
  const parsed = parseForm(applySchema, formData, PUPIL_FORM_ERRORS_MESSAGE);
  if (!parsed.ok) return parsed.state;
  const result = await apply(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(`/offres/${parsed.data.offerId}`);
  revalidatePath(PUPIL_SPACE);
  redirect(doneHref(PUPIL_SPACE, 'candidature'));
}

export async function confirmAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('pupil');
  const parsed = parseForm(
    applicationIdSchema.extend({ confirm: confirmField('Coche la case pour confirmer ce stage.') }),
    formData,
    PUPIL_FORM_ERRORS_MESSAGE,
  );
  if (!parsed.ok) return parsed.state;
  const result = await confirmApplication(user, parsed.data.applicationId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(PUPIL_SPACE);
  redirect(doneHref(PUPIL_SPACE, 'confirme'));
}

export async function pupilCancelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('pupil');
  const parsed = parseForm(
    pupilCancelSchema.extend({ confirm: confirmField('Coche la case pour confirmer l’annulation.') }),
    formData,
    PUPIL_FORM_ERRORS_MESSAGE,
  );
  if (!parsed.ok) return parsed.state;
  const result = await cancelByPupil(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(PUPIL_SPACE);
  redirect(doneHref(PUPIL_SPACE, 'annulee'));
}

export async function acceptAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'operator');
  const parsed = parseForm(applicationIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await answerApplication(user, parsed.data.applicationId, { kind: 'accept' });
  if (!result.ok) return formFailure(result, formData);
  redirect(doneHref(inboxItem(parsed.data.applicationId), 'acceptee'));
}

export async function refuseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'operator');
  const parsed = parseForm(refuseSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await answerApplication(user, parsed.data.applicationId, {
    kind: 'refuse',
    reason: parsed.data.reason,
  });
  if (!result.ok) return formFailure(result, formData);
  redirect(doneHref(inboxItem(parsed.data.applicationId), 'refusee'));
}

export async function hostCancelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('host', 'operator');
  const parsed = parseForm(
    hostCancelSchema.extend({ confirm: confirmField('Cochez la case pour confirmer l’annulation.') }),
    formData,
  );
  if (!parsed.ok) return parsed.state;
  const result = await answerApplication(user, parsed.data.applicationId, {
    kind: 'cancel',
    reason: parsed.data.reason,
  });
  if (!result.ok) return formFailure(result, formData);
  redirect(doneHref(inboxItem(parsed.data.applicationId), 'annulee'));
}
