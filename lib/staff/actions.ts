'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { doneHref, formFailure, formSuccess, parseForm, type FormState } from '@/lib/forms';
import { decideJoinRequest, requestToJoin } from './join-mutations';
import { cancelStaffInvitation, changeStaffRole, inviteStaff, revokeStaff } from './mutations';
import {
  cancelInvitationSchema,
  changeRoleSchema,
  inviteStaffSchema,
  joinDecisionSchema,
  joinSchoolSchema,
  revokeStaffSchema,
} from './schemas';
import { signUpWithVerification } from '@/lib/auth/sign-up';

/*
 * Staff management (head only, checked again by each mutation) and the staff sign-up. Actions that
 * change the team list go back to it with doneHref: the page shows the matching message.
 */

const TEAM = '/etablissement/equipe';

export async function inviteStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(inviteStaffSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await inviteStaff(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(TEAM);
  return formSuccess(`Invitation envoyée à ${parsed.data.email}. Le lien est valable 7 jours et ne sert qu’une fois.`);
}

export async function cancelInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(cancelInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await cancelStaffInvitation(user, parsed.data.invitationId);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(TEAM);
  redirect(doneHref(TEAM, 'invitation-annulee'));
}

export async function decideJoinRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(joinDecisionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await decideJoinRequest(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/etablissement', 'layout');
  redirect(doneHref(TEAM, parsed.data.decision === 'approve' ? 'demande-acceptee' : 'demande-refusee'));
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await changeStaffRole(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(TEAM);
  redirect(doneHref(TEAM, 'role-modifie'));
}

export async function revokeStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(revokeStaffSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await revokeStaff(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/etablissement', 'layout');
  redirect(doneHref(TEAM, 'acces-retire'));
}

/** Staff sign-up: account and join request; the head sees the request once the address is verified. */
export async function joinSchoolAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return signUpWithVerification(formData, { schema: joinSchoolSchema, signUp: requestToJoin });
}
