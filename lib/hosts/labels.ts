import type { organisationKind } from '@/db/schema/enums';

export type OrganisationKind = (typeof organisationKind.enumValues)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  public: 'Administration publique',
  private: 'Entreprise',
  association: 'Association',
};
