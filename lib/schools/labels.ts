import type { schoolNetwork } from '@/db/schema/enums';

export type SchoolNetwork = (typeof schoolNetwork.enumValues)[number];

export const SCHOOL_NETWORK_LABELS: Record<SchoolNetwork, string> = {
  rep_plus: 'REP+',
  rep: 'REP',
  derogation: 'Dérogation',
  none: 'Hors éducation prioritaire',
};
