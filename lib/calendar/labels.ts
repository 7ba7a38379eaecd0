import type { holidayZone } from '@/db/schema/enums';

export type HolidayZone = (typeof holidayZone.enumValues)[number];

/** School holiday calendars: zones A, B and C of mainland France, Corsica and each overseas académie. */
export const HOLIDAY_ZONE_LABELS: Record<HolidayZone, string> = {
  A: 'Zone A',
  B: 'Zone B',
  C: 'Zone C',
  corse: 'Corse',
  guadeloupe: 'Guadeloupe',
  martinique: 'Martinique',
  guyane: 'Guyane',
  reunion: 'La Réunion',
  mayotte: 'Mayotte',
};
