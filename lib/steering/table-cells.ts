import type { Gap, GenderCounts, SteeringView } from './rules';

/*
 * The cells of the steering tables (tables.ts builds them, the page and the CSV export show them):
 * their types, the tables' ids, and the words and figures a cell holds — a place's name, a target,
 * a gap, a fill rate, a week's situation, the dashboard a row leads to.
 */

export type Cell = string | number | null;

export interface TableRow {
  key: string;
  cells: Cell[];
  /** The first cell's dashboard, when the actor may drill down to it. */
  link?: SteeringView;
}

export interface SteeringTable {
  id: TableId;
  caption: string;
  head: string[];
  rows: TableRow[];
  /** The totals line (a row of the body, set apart). */
  total?: Cell[];
}

export const TABLE_IDS = [
  'offres',
  'territoires',
  'candidatures',
  'stages-confirmes',
  'stages-realises',
  'zones',
  'semaines',
  'ministeres',
  'groupes-paqte',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export function isTableId(value: string | null | undefined): value is TableId {
  return (TABLE_IDS as readonly string[]).includes(value ?? '');
}

export const NO_TARGET = 'objectif non défini';

/** « Seine-Saint-Denis (93) » for a department, the name otherwise. */
export function placeName(view: { level: string; name: string; code?: string }): string {
  return view.level === 'department' && view.code ? `${view.name} (${view.code})` : view.name;
}

/** A target cell: the figure, or « objectif non défini » when there is none (null or 0). */
export const targetCell = (target: number | null | undefined): Cell => (target ? target : NO_TARGET);
export const gapCells = (gap: Gap | null | undefined): Cell[] =>
  gap && gap.target ? [gap.gap, gap.gapPercent] : [null, null];

export const GENDER_HEAD = ['Filles', 'Garçons', 'Genre non renseigné', 'Total'];
export const genderCells = (counts: GenderCounts): Cell[] => [counts.girl, counts.boy, counts.notStated, counts.total];

export const CHILD_LABELS = {
  region: 'Région',
  department: 'Département',
  school: 'Collège',
  class: 'Classe',
} as const;

/** Fill rate in percent, to one decimal. */
export const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Where a week stands: seats missing (negative balance) or unused (free seats left over). */
export function weekSituation(week: { balance: number; seatsFree: number; pupilsWithoutPlacement: number }): string {
  if (week.balance < 0) return 'Places manquantes';
  if (week.balance > 0) return 'Places inutilisées';
  return week.seatsFree === 0 ? '—' : 'Équilibre';
}

/** The dashboard of an area row (a class has none). */
export function areaLink(level: 'region' | 'department' | 'school' | 'class', code: string): SteeringView | undefined {
  if (level === 'class') return undefined;
  return level === 'school' ? { level, id: code } : { level, code };
}
