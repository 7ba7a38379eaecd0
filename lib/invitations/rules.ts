import type { invitationKind } from '@/db/schema/enums';
import type { StaffRole, UserRole } from '@/lib/auth/types';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';

export type InvitationKind = (typeof invitationKind.enumValues)[number];
export type InvitationStatus = 'valid' | 'expired' | 'used' | 'unknown';

/** The account role an invitation gives, and the one an existing account must have to accept it. */
export const ROLE_OF_KIND: Record<InvitationKind, UserRole> = {
  school_staff: 'school_staff',
  host_colleague: 'host',
  operator_member: 'operator',
};

/** Invitation links work for 7 days (issue 3), long enough to span a school holiday week. */
export const INVITATION_VALIDITY_DAYS = 7;

export interface InvitationSubject {
  kind: InvitationKind;
  targetName: string;
  staffRole: StaffRole | null;
  inviterName: string | null;
}

/** "rejoindre l'équipe du Collège Henri Barbusse en tant que professeur principal". */
export function invitationPurpose({ kind, targetName, staffRole }: InvitationSubject): string {
  switch (kind) {
    case 'school_staff':
      return `rejoindre l’équipe de ${targetName}${staffRole ? ` en tant que ${STAFF_ROLE_LABELS[staffRole].toLowerCase()}` : ''}`;
    case 'host_colleague':
      return `gérer les offres de stage de ${targetName}`;
    case 'operator_member':
      return `accéder à l’espace partenaire de ${targetName}`;
  }
}

/** Who can send a new link: the inviter by name, else whoever manages invitations of that kind. */
export function whoToAsk({ kind, inviterName, targetName }: InvitationSubject): string {
  if (inviterName && kind !== 'operator_member') return `${inviterName} (${targetName})`;
  switch (kind) {
    case 'school_staff':
      return `votre chef d’établissement (${targetName})`;
    case 'host_colleague':
      return `la personne qui gère ${targetName} sur la plateforme`;
    case 'operator_member':
      return 'l’équipe nationale de Mon stage de troisième (page Contact)';
  }
}

export const INVITATION_REFUSALS = {
  unknown:
    'Ce lien d’invitation n’est pas valide. Vérifiez que vous avez copié le lien en entier, ou demandez une nouvelle invitation.',
  used: 'Cette invitation a déjà été utilisée. Si votre compte est créé, connectez-vous.',
  expired: (subject: InvitationSubject) =>
    `Cette invitation a expiré, demandez-en une nouvelle à ${whoToAsk(subject)}.`,
} as const;
