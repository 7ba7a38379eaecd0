import { z } from 'zod';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { failOn, type ActionResult } from '@/lib/errors';
import type { Dashboard } from '@/lib/steering/dashboard-queries';
import { percent, type SteeringTable } from '@/lib/steering/table-cells';
import {
  SCENARIO_LABELS,
  shareFilled,
  simulationResultSchema,
  type AreaFigures,
  type SimulationResult,
} from './result';

/*
 * A simulated campaign once loaded (issue 16): reading the result file the admin sends, the slice
 * of a dashboard's territory, and the table that sets both scenarios beside the live figures. Pure
 * and client-safe; loaded-mutations.ts stores the file, loaded-queries.ts reads the slice.
 */

export const SIMULATE_COMMAND = 'npm run simulate:campaign -- --out resultat.json';

const NOT_JSON = `Ce fichier n’est pas du JSON lisible. Choisissez le fichier écrit par « ${SIMULATE_COMMAND} ».`;

/**
 * The file's text as a simulation result: JSON, then simulationResultSchema, whose first problem is
 * named (where in the file, and what, in French: zod's French messages) so that the admin can tell a
 * wrong file from a damaged one. Refusals are on the `file` field of the form.
 */
export function readSimulationFile(text: string): ActionResult<SimulationResult> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return failOn('file', NOT_JSON);
  }
  const parsed = simulationResultSchema.safeParse(json, { error: z.locales.fr().localeError });
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `« ${issue.path.join('.')} »` : 'le fichier entier';
  return failOn(
    'file',
    `Ce fichier n’est pas un résultat de simulation au format attendu. Premier problème, ${where} : ${issue.message}.`,
  );
}

/** Where a dashboard's slice comes from: the national figures, or a sum of departments. */
export type SimulationArea = { level: 'national' } | { level: 'departments'; codes: string[] };

/** One scenario's figures over the dashboard's territory; null when the file has none for it. */
export type ScenarioSlice = AreaFigures | null;

/**
 * The figures of both scenarios over an area. Several departments (a region, an académie) add up
 * their counts; a median does not add up, so theirs is null (« — »). A department missing from the
 * file is left out; none present at all gives null.
 */
export function sliceResult(result: SimulationResult, area: SimulationArea): { a: ScenarioSlice; b: ScenarioSlice } {
  const slice = (scenario: 'a' | 'b'): ScenarioSlice => {
    const figures = result.scenarios[scenario];
    if (area.level === 'national') return figures.national;
    const found = area.codes.flatMap((code) =>
      Object.hasOwn(figures.departments, code) ? [figures.departments[code]!] : [],
    );
    if (found.length === 0) return null;
    if (area.codes.length === 1) return found[0]!;
    return found.reduce((sum, one) => ({
      seatsOffered: sum.seatsOffered + one.seatsOffered,
      seatsFilled: sum.seatsFilled + one.seatsFilled,
      pupils: sum.pupils + one.pupils,
      pupilsPlaced: sum.pupilsPlaced + one.pupilsPlaced,
      pupilsWithoutPlacementWithin60Km: sum.pupilsWithoutPlacementWithin60Km + one.pupilsWithoutPlacementWithin60Km,
      medianDistanceKm: null,
    }));
  };
  return { a: slice('a'), b: slice('b') };
}

/**
 * The live figures of the same quantities, from the dashboard's own (areaFigures' total): seats
 * offered, seats taken (accepted or confirmed), pupils authorised (those who could search, as the
 * simulation counts them) and placed. Null when the dashboard's filters narrow them.
 */
export interface LiveReference {
  campaignLabel: string;
  seatsOffered: number;
  seatsFilled: number;
  pupils: number;
  pupilsPlaced: number;
}

/** The dashboard's live figures of the simulated quantities, when none of its filters narrows them. */
export function liveReference({ areas, query }: Pick<Dashboard, 'areas' | 'query'>): LiveReference | null {
  const { sectorId, kind, network } = query.filters;
  const seats = areas?.total.seats;
  if (!areas || !seats || sectorId || kind || network) return null;
  return {
    campaignLabel: schoolYearLabel(query.schoolYear),
    seatsOffered: seats.seatsOffered,
    seatsFilled: seats.seatsFilled,
    pupils: areas.total.authorised,
    pupilsPlaced: areas.total.placed,
  };
}

/** The rows of the comparison: label, then how to read each side's figure. */
const ROWS: {
  key: string;
  label: string;
  of: (f: AreaFigures) => number | null;
  live?: (l: LiveReference) => number | null;
}[] = [
  { key: 'places', label: 'Places offertes', of: (f) => f.seatsOffered, live: (l) => l.seatsOffered },
  { key: 'pourvues', label: 'Places pourvues', of: (f) => f.seatsFilled, live: (l) => l.seatsFilled },
  {
    key: 'part',
    label: 'Part pourvue (%)',
    of: (f) => percent(shareFilled(f)),
    live: (l) => percent(shareFilled(l)),
  },
  { key: 'eleves', label: 'Élèves', of: (f) => f.pupils, live: (l) => l.pupils },
  { key: 'places-eleves', label: 'Élèves placés', of: (f) => f.pupilsPlaced, live: (l) => l.pupilsPlaced },
  { key: 'sans-stage', label: 'Élèves sans stage à moins de 60 km', of: (f) => f.pupilsWithoutPlacementWithin60Km },
  { key: 'distance', label: 'Distance médiane (km)', of: (f) => roundKm(f.medianDistanceKm) },
];

/**
 * The comparison table of a dashboard (shown by components/steering/figure-table.tsx): scenario a,
 * scenario b, their gap (b − a: points for the share), and the live figures as a reference where
 * the same quantity exists.
 */
export function comparisonTable(
  slice: { a: AreaFigures; b: AreaFigures },
  place: string,
  live: LiveReference | null,
): Omit<SteeringTable, 'id'> & { id: string } {
  const head = [
    'Indicateur',
    `Scénario A : ${SCENARIO_LABELS.a}`,
    `Scénario B : ${SCENARIO_LABELS.b}`,
    'Écart B − A',
    ...(live ? [`Campagne ${live.campaignLabel} (référence)`] : []),
  ];
  return {
    id: 'campagne-simulee',
    caption: `Campagne simulée, ${place} : les deux scénarios${live ? ' et la campagne en cours' : ''}`,
    head,
    rows: ROWS.map((row) => {
      const [a, b] = [row.of(slice.a), row.of(slice.b)];
      const gap = a === null || b === null ? null : Math.round((b - a) * 10) / 10;
      return { key: row.key, cells: [row.label, a, b, gap, ...(live ? [row.live?.(live) ?? null] : [])] };
    }),
  };
}

const roundKm = (km: number | null) => (km === null ? null : Math.round(km * 10) / 10);
