import type { IsoDate } from '@/lib/calendar/weeks';

/*
 * The steering dashboards (/pilotage, issue 14): what a dashboard is about (a view), the filters, the
 * shapes of the figures and their pure arithmetic. Client-safe: the pages and their charts import
 * these types; lib/steering/*-queries.ts compute the figures.
 *
 * Drill-down: national -> region -> department -> school; an académie's representative starts at
 * the académie, whose children are its departments; a ministry's view stands alone.
 */

export type TerritoryLevel = 'region' | 'academy' | 'department';

/** What a dashboard is about. Codes are INSEE (region, department) or BCE (académie) codes. */
export type SteeringView =
  | { level: 'national' }
  | { level: TerritoryLevel; code: string }
  | { level: 'school'; id: string }
  | { level: 'ministry'; id: string };

/** Views whose offers have a place in a territory, or a ministry: what the offer figures are about. */
export type OfferView = Exclude<SteeringView, { level: 'school' }>;
/** Views that contain pupils (by their school): what the pupil figures are about. */
export type PupilView = Exclude<SteeringView, { level: 'ministry' }>;
/** Views that are a territory, whose weeks weigh its offers against its pupils. */
export type TerritoryView = Exclude<SteeringView, { level: 'school' | 'ministry' }>;

/**
 * A view placed in the territory tree (read from the reference data by resolveView): what the
 * policy decides on. A school carries its department, académie and region; a department its
 * académie and region; an académie its region; national and ministry views none.
 */
export type PlacedView = SteeringView & {
  /** The territory's, school's or ministry's name, as people read it. */
  name: string;
  regionCode: string | null;
  academyCode: string | null;
  departmentCode: string | null;
};

export type HostKind = 'public' | 'private';
export type NetworkFilter = 'rep_plus' | 'rep';

/**
 * Filters of every dashboard. `sectorId` and `kind` narrow the offers (and the applications and
 * internships on them); `network` narrows the pupils (by their school's network). "Private" is
 * every host that is not public: companies and associations, as in the search (lib/offers).
 */
export interface SteeringFilters {
  sectorId: string | null;
  kind: HostKind | null;
  network: NetworkFilter | null;
}

export const NO_FILTERS: SteeringFilters = { sectorId: null, kind: null, network: null };

/** A campaign and its filters: what, besides the view, decides the figures. */
export interface SteeringQuery {
  /** The campaign's first calendar year: 2019 for 2019-2020. */
  schoolYear: number;
  filters: SteeringFilters;
}

/** Figures as a page receives them: the view they are about and when they were read. */
export interface Figures<T> {
  view: PlacedView;
  schoolYear: number;
  filters: SteeringFilters;
  /** « Chiffres du … »: when they were read; at most a minute old (the cache of queries.ts). */
  asOf: Date;
  figures: T;
}

/** An Annex 1 target (or their sum): internships, in total and for public and private hosts. */
export interface TargetTriple {
  total: number;
  public: number;
  private: number;
}

/** Achieved against a target: gap = actual - target (negative: short of it), in percent of the target. */
export interface Gap {
  actual: number;
  target: number;
  gap: number;
  /** gap / target × 100, to one decimal; null when the target is 0. */
  gapPercent: number | null;
}

export function gapOf(actual: number, target: number): Gap {
  const gap = actual - target;
  return { actual, target, gap, gapPercent: target === 0 ? null : Math.round((gap / target) * 1000) / 10 };
}

/** Seats offered against each part of a target. */
export interface TargetGaps {
  total: Gap;
  public: Gap;
  private: Gap;
}

export function targetGaps(seats: OfferSplit, target: TargetTriple): TargetGaps {
  return {
    total: gapOf(seats.total.seatsOffered, target.total),
    public: gapOf(seats.public.seatsOffered, target.public),
    private: gapOf(seats.private.seatsOffered, target.private),
  };
}

/** Offers posted, seats offered and held (see indicator-queries.ts for the definitions). */
export interface OfferCounts {
  offers: number;
  seatsOffered: number;
  /** Seats held by applications accepted or confirmed. */
  seatsHeld: number;
}

export interface OfferSplit {
  total: OfferCounts;
  public: OfferCounts;
  private: OfferCounts;
}

export const NO_OFFERS: OfferCounts = { offers: 0, seatsOffered: 0, seatsHeld: 0 };

export function addCounts<T extends object>(a: T, b: T): T {
  const sum = { ...a } as Record<string, unknown>;
  for (const [key, value] of Object.entries(b))
    if (typeof value === 'number') sum[key] = ((sum[key] as number) ?? 0) + value;
  return sum as T;
}

/** Filled over offered, between 0 and 1; null when nothing is offered. */
export function fillRate(seatsFilled: number, seatsOffered: number): number | null {
  return seatsOffered === 0 ? null : seatsFilled / seatsOffered;
}

/** Counts by the pupil's stated gender; `notStated` apart (never folded into the others). */
export interface GenderCounts {
  girl: number;
  boy: number;
  notStated: number;
  total: number;
}

export const NO_GENDER: GenderCounts = { girl: 0, boy: 0, notStated: 0, total: 0 };

export interface SectorGenderRow extends GenderCounts {
  /** The offer's sector; null for an offer without one (never published). */
  sectorId: string | null;
  sectorName: string;
}

export interface SectorGenderTable {
  /** Sectors with at least one count, by name. */
  bySector: SectorGenderRow[];
  total: GenderCounts;
}

/** How many pupils reached each step of the campaign. */
export interface PupilFunnel {
  pupils: number;
  authorised: number;
  withApplication: number;
  placed: number;
  completed: number;
}

export const NO_PUPILS: PupilFunnel = { pupils: 0, authorised: 0, withApplication: 0, placed: 0, completed: 0 };

export interface SeatFill {
  seatsOffered: number;
  /** Seats held by applications accepted or confirmed. */
  seatsFilled: number;
  fillRate: number | null;
}

export function seatFill(seatsOffered: number, seatsFilled: number): SeatFill {
  return { seatsOffered, seatsFilled, fillRate: fillRate(seatsFilled, seatsOffered) };
}

/** The next step of the drill-down below a view, or null at the bottom (and for a ministry). */
export function childLevel(level: SteeringView['level']): 'region' | 'department' | 'school' | 'class' | null {
  switch (level) {
    case 'national':
      return 'region';
    case 'region':
    case 'academy':
      return 'department';
    case 'department':
      return 'school';
    case 'school':
      return 'class';
    case 'ministry':
      return null;
  }
}

/** One internship week: seats against pupils. */
export interface WeekBalance {
  week: IsoDate;
  /** Seats per week of the posted offers proposing the week. */
  seatsOffered: number;
  /** Of those, still free: the week's seats less those held, bounded by what is left of the offer's year. */
  seatsFree: number;
  /** Registered schools with a class taking its internship that week. */
  schools: number;
  pupils: number;
  /** Pupils of those classes without an application holding a seat that week (accepted or confirmed). */
  pupilsWithoutPlacement: number;
  /** seatsFree - pupilsWithoutPlacement: negative where seats are missing, positive where they go unused. */
  balance: number;
}

/** A territory's offers against its own printed Annex 1 target (null where it has none: an académie). */
export interface TerritoryOffers {
  code: string;
  name: string;
  offers: OfferSplit;
  target: TargetTriple | null;
  gaps: TargetGaps | null;
}

/** offerFigures: the view's offers and seats against its targets, and its children's (regions, departments). */
export interface OfferFigures {
  offers: OfferSplit;
  /** The view's printed target (national line, region, department), never recomputed; null for an académie or a ministry. */
  target: TargetTriple | null;
  gaps: TargetGaps | null;
  /** The sum of the children's printed targets (targets are fungible within a region): shown beside the printed one. */
  childrenTargetSum: TargetTriple | null;
  /** Regions of the country, departments of a region or académie, each with its own target; [] below. */
  children: TerritoryOffers[];
  /** A ministry's view: its public seats against its Annex 2 target (null without one, and for territories). */
  ministryTarget: Gap | null;
}

/** applicationFigures: by the offer's sector and the pupil's gender. */
export interface ApplicationFigures {
  /** Every application sent, whatever became of it. */
  applications: SectorGenderTable;
  /** Internships confirmed (status confirmed now: an application cancelled after confirmation is not). */
  confirmed: SectorGenderTable;
  /** Of those, completed (the convention's outcome). */
  completed: SectorGenderTable;
}

/** One child of the view in areaFigures: a region, department, school or class. */
export interface AreaRow extends PupilFunnel {
  level: 'region' | 'department' | 'school' | 'class';
  /** INSEE code for a territory, id for a school or a class. */
  code: string;
  name: string;
  /** Seats of the posted offers placed in a territory; null for a school or a class (offers have no school). */
  seats: SeatFill | null;
}

export interface AreaFigures {
  rows: AreaRow[];
  /** The view's own figures: the sum of its rows (offers without a department count nationally only). */
  total: PupilFunnel & { seats: SeatFill | null };
}

/** One ministry (public offers) or PAQTE group (private offers) in groupFigures. */
export interface GroupRow {
  id: string;
  name: string;
  offers: number;
  seatsOffered: number;
  /** Internships confirmed on its offers of the campaign. */
  placements: number;
}

export interface GroupFigures {
  /** With the ministry's Annex 2 target (its public internships nationwide; null without one). */
  ministries: (GroupRow & { target: number | null })[];
  paqteGroups: GroupRow[];
}
