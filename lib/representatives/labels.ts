import type { ScopeLevel } from '@/lib/auth/types';

export const SCOPE_LEVEL_LABELS: Record<ScopeLevel, string> = {
  national: 'National',
  region: 'Région',
  academy: 'Académie',
  department: 'Département',
  ministry: 'Ministère',
};
