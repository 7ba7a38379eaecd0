import type { gender } from '@/db/schema/enums';

export type Gender = (typeof gender.enumValues)[number];

/** Asked of 14-year-olds at sign-up (for the statistics by gender): the answers as they read them. */
export const GENDER_LABELS: Record<Gender, string> = {
  girl: 'Fille',
  boy: 'Garçon',
  not_stated: 'Je ne souhaite pas le dire',
};
