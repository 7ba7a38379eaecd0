import type { hostMemberRole, organisationKind } from '@/db/schema/enums';

export type OrganisationKind = (typeof organisationKind.enumValues)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  public: 'Administration publique',
  private: 'Entreprise',
  association: 'Association',
};

/** An organisation's admins manage its team; every member manages its offers. */
export const HOST_MEMBER_ROLE_LABELS: Record<(typeof hostMemberRole.enumValues)[number], string> = {
  admin: 'Administrateur',
  member: 'Membre',
};
