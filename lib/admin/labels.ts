import type { targetLevel } from '@/db/schema/enums';

/** The territories Annex 1 sets targets for. */
export const TARGET_LEVEL_LABELS: Record<(typeof targetLevel.enumValues)[number], string> = {
  national: 'National',
  region: 'Région',
  department: 'Département',
};
