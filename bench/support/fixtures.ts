import type { IsoDate } from '@/lib/calendar/weeks';
import type { Random } from './random';

/**
 * Well-formed scrypt hash of no known password, shared by every synthetic account: hashing a
 * quarter of a million passwords at 128 MiB each would take hours, and nobody signs in here.
 */
export const DUMMY_PASSWORD_HASH = `scrypt$131072$8$1$${Buffer.from('bench-salt-00000').toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

/** Synthetic addresses stay under a reserved domain: nothing could ever be sent to them. */
export const benchEmail = (kind: string, index: number) => `${kind}.${index}@bench.test`;

const FIRST_NAMES = [
  'Inès',
  'Yanis',
  'Aya',
  'Rayan',
  'Lina',
  'Adam',
  'Sarah',
  'Mohamed',
  'Jade',
  'Noah',
  'Emma',
  'Lucas',
  'Fatoumata',
  'Ibrahim',
  'Chloé',
  'Louis',
  'Maëlys',
  'Nathan',
  'Léa',
  'Kylian',
  'Aïcha',
  'Théo',
  'Manon',
  'Moussa',
  'Camille',
  'Enzo',
  'Nour',
  'Hugo',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Diallo',
  'Nguyen',
  'Petit',
  'Benali',
  'Durand',
  'Traoré',
  'Leroy',
  'Moreau',
  'Haddad',
  'Fontaine',
  'Lefèvre',
  'Mendy',
  'Garcia',
  'Rousseau',
  'Cissé',
  'Lambert',
  'Payet',
  'Hoarau',
  'Fabre',
  'Camara',
  'Girard',
  'Da Silva',
];

export function personName(random: Random): { firstName: string; lastName: string } {
  return { firstName: random.pick(FIRST_NAMES), lastName: random.pick(LAST_NAMES) };
}

/** The campaign the dataset describes, seen from a fixed "today". */
export interface BenchCampaign {
  today: IsoDate;
  /** Today at 10:00 UTC, the instant timestamps are counted back from. */
  now: Date;
  schoolYear: number;
  /** Internship weeks still to come (selectableWeeks). */
  futureWeeks: IsoDate[];
  /** Internship weeks of the campaign already begun or over. */
  pastWeeks: IsoDate[];
}

/** An instant between `minDays` and `maxDays` days before the campaign's "now". */
export function daysBefore(campaign: BenchCampaign, random: Random, minDays: number, maxDays: number): Date {
  const days = minDays + random.next() * (maxDays - minDays);
  return new Date(campaign.now.getTime() - days * 86_400_000);
}

/**
 * Schools choose some weeks far more than others (before the Christmas break, late January,
 * mid-March): the skew matters for demand per week and for seats filling up.
 */
const POPULAR_SPANS = [
  ['12-01', '12-18'],
  ['01-15', '02-05'],
  ['03-10', '03-25'],
] as const;

export function popularWeek(random: Random, weeks: readonly IsoDate[]): IsoDate {
  // 'MM-DD' strings sort like the days they name.
  const popular = weeks.filter((week) =>
    POPULAR_SPANS.some(([from, to]) => week.slice(5) >= from && week.slice(5) <= to),
  );
  return popular.length && random.chance(0.6) ? random.pick(popular) : random.pick(weeks);
}
