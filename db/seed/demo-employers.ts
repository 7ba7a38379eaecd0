import { SECTORS } from './data/sectors';
import { MINISTRIES } from './data/targets';
import { PUBLIC_EMPLOYERS } from './demo-employers-public';
import { CRAFT_AND_INDUSTRY_EMPLOYERS } from './demo-employers-crafts';
import { SERVICE_EMPLOYERS } from './demo-employers-services';

/*
 * The kinds of employers that host the demo campaign's search offers, with what pupils read about
 * them: one or more in every sector, each with its own titles, descriptions and jobs in French.
 * The seed places them in communes (demo-places.ts) and names them there ("Mairie d’Aubervilliers").
 */

export type SectorName = (typeof SECTORS)[number]['name'];
export type MinistryName = (typeof MINISTRIES)[number]['name'];

/** [title, what the pupil will observe, the jobs discovered] */
export type OfferText = readonly [string, string, string];

export interface Employer {
  sector: SectorName;
  kind: 'public' | 'private' | 'association';
  /** Public employers: the supervising ministry (required by the schema). */
  ministry?: MinistryName;
  /** Private employers of a group that signed the PAQTE: the group's name. */
  paqte?: string;
  /**
   * Names to choose from: `{de}` becomes "de Pantin", "d’Aubervilliers", "du Blanc-Mesnil"; `{c}` the
   * bare commune name. The same name in another commune is another organisation.
   */
  names: readonly string[];
  /** Seats per week, least and most: 1 is an individual internship, more a collective one. */
  seats: readonly [number, number];
  /** How often it comes up compared with the others (1 by default). */
  weight?: number;
  /** Not in the middle of Paris or Marseille (farm machinery, railway workshops, factories). */
  outskirts?: boolean;
  offers: readonly OfferText[];
}

export const EMPLOYERS: readonly Employer[] = [
  ...PUBLIC_EMPLOYERS,
  ...SERVICE_EMPLOYERS,
  ...CRAFT_AND_INDUSTRY_EMPLOYERS,
];

/** French "de" before a commune's name: elided before a vowel, merged with its article ("du Blanc-Mesnil"). */
export function deCommune(commune: string): string {
  if (commune.startsWith('Le ')) return `du ${commune.slice(3)}`;
  if (commune.startsWith('Les ')) return `des ${commune.slice(4)}`;
  return /^[aeiouyhàâéèêîïôû]/i.test(commune) ? `d’${commune}` : `de ${commune}`;
}

export function employerName(template: string, commune: string): string {
  return template.replace('{de}', deCommune(commune)).replace('{c}', commune);
}

/** Closing sentences added to descriptions, so that two offers of the same kind read differently. */
export const CLOSINGS = [
  'Ton tuteur ou ta tutrice t’accompagnera toute la semaine et répondra à tes questions.',
  'En fin de semaine, tu présenteras à l’équipe ce que tu as découvert.',
  'Prévois une tenue confortable ; les équipements de sécurité sont fournis.',
  'Tu rencontreras chaque jour une personne différente qui te racontera son parcours.',
  'Le lieu de stage est proche des transports en commun.',
  'Tu tiendras un petit carnet de bord pour préparer ton rapport de stage.',
  'L’équipe a l’habitude d’accueillir des collégiens et prévoit des activités pour chaque jour.',
] as const;
