'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { createClass, setClassInviteLink, updateClass } from './mutations';
import { createClassSchema, inviteLinkSchema, updateClassSchema } from './schemas';

/** Opens a class, then goes to its page to choose its weeks and main teacher. */
export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(createClassSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createClass(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/etablissement', 'layout');
  redirect(doneHref(`/etablissement/classes/${result.data.id}/modifier`, 'classe-ouverte'));
}

export async function updateClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(updateClassSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateClass(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/etablissement', 'layout');
  redirect(doneHref('/etablissement/classes', 'classe-enregistree', { classe: parsed.data.classId }));
}

export async function setClassInviteLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(inviteLinkSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await setClassInviteLink(user, {
    classId: parsed.data.classId,
    replace: parsed.data.confirm === 'on',
  });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(`/etablissement/classes/${parsed.data.classId}`);
  return formSuccess(
    parsed.data.confirm ? 'Nouveau lien créé : l’ancien ne fonctionne plus.' : 'Lien d’inscription créé.',
  );
}
