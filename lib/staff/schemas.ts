import { z } from 'zod';
import { confirmField } from '@/lib/forms';
import { idField } from '@/lib/ids';
import type { StaffRole } from '@/lib/auth/types';
import { accountFields, emailField } from '@/lib/users/schemas';
import { STAFF_ROLE_LABELS } from './labels';

/**
 * Roles a head can give: every role but head. There is one head per school, who registers it;
 * handing the school over to a new head goes through the national team.
 */
export const MEMBER_ROLES = [
  'main_teacher',
  'teacher',
  'cpe',
  'librarian',
  'psychologist',
  'administrative',
] as const satisfies readonly StaffRole[];
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const memberRoleOptions = MEMBER_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));

const memberRole = z.enum(MEMBER_ROLES, { error: 'Choisissez un rôle dans la liste.' });
const id = idField('Identifiant invalide.');

export const inviteStaffSchema = z.object({ email: emailField, role: memberRole });
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({ membershipId: id, role: memberRole });

export const revokeStaffSchema = z.object({
  membershipId: id,
  confirm: confirmField('Cochez la case pour confirmer le retrait de l’accès.'),
});

export const joinDecisionSchema = z.object({ membershipId: id, decision: z.enum(['approve', 'decline']) });

export const cancelInvitationSchema = z.object({ invitationId: id });

export const joinSchoolSchema = z.object({
  schoolId: idField('Choisissez votre collège dans l’annuaire.'),
  role: memberRole,
  ...accountFields,
});
export type JoinSchoolInput = z.infer<typeof joinSchoolSchema>;
