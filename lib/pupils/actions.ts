'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/session';
import { formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { approveClassPupils, recordConsents, signUpPupil, withdrawConsent } from './mutations';
import { pupilSignUpSchema, recordConsentSchema, withdrawConsentSchema } from './schemas';
import { signUpWithVerification } from '@/lib/auth/sign-up';

const classPath = (classId: string) => `/etablissement/classes/${classId}`;

/** Public: a pupil creates their account in their class, then opens the link e-mailed to them. */
export async function signUpPupilAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return signUpWithVerification(formData, {
    schema: pupilSignUpSchema,
    signUp: signUpPupil,
    speaksTo: 'pupil',
  });
}

export async function recordConsentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(recordConsentSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await recordConsents(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(classPath(parsed.data.classId));
  const { count } = result.data;
  return formSuccess(
    count === 0
      ? 'Ces autorisations étaient déjà enregistrées.'
      : `${count} autorisation${count > 1 ? 's' : ''} enregistrée${count > 1 ? 's' : ''} : ${count > 1 ? 'ces élèves voient' : 'l’élève voit'} désormais les offres de stage.`,
  );
}

/** Confirms pupils who signed up without the class's link (same form shape as the consents: class and ticked pupils). */
export async function approveClassPupilsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(recordConsentSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await approveClassPupils(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(classPath(parsed.data.classId));
  const { count } = result.data;
  return formSuccess(
    count === 0
      ? 'Ces inscriptions étaient déjà confirmées.'
      : `${count} inscription${count > 1 ? 's' : ''} confirmée${count > 1 ? 's' : ''} : ${count > 1 ? 'ces élèves font' : 'l’élève fait'} désormais partie de la classe, en attente d’autorisation parentale.`,
  );
}

export async function withdrawConsentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(withdrawConsentSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await withdrawConsent(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(classPath(parsed.data.classId));
  return formSuccess(
    'L’autorisation est retirée : l’élève ne voit plus les offres tant qu’elle n’est pas enregistrée de nouveau.',
  );
}
