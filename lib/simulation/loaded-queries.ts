import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { departments, simulatedCampaigns, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { canViewSteering } from '@/lib/steering/policy';
import { resolveView } from '@/lib/steering/queries';
import type { PlacedView, SteeringView } from '@/lib/steering/rules';
import { sliceResult, type SimulationArea } from './loaded-rules';
import { canManageSimulations, showsSimulation } from './policy';
import { simulationResultSchema, type AreaFigures } from './result';

/*
 * Reads of the simulated campaigns: the admin's list, and a dashboard's slice of the one shown.
 * The rule of which one is shown: the latest loaded (loaded_at, then id), the others kept on the
 * admin's list until deleted. Never joined with any live table but the territories' reference data.
 */

export interface SimulationSummary {
  id: string;
  label: string;
  seed: number;
  scale: number;
  schoolYear: number;
  finishedAt: Date;
  loadedAt: Date;
  /** « Prénom Nom » of the admin who loaded it; null once their account is deleted. */
  loadedBy: string | null;
  /** The one the dashboards show: the latest loaded. */
  shown: boolean;
}

/** What the list and the dashboards say of a simulation. */
const described = {
  id: simulatedCampaigns.id,
  label: simulatedCampaigns.label,
  seed: simulatedCampaigns.seed,
  scale: simulatedCampaigns.scale,
  schoolYear: simulatedCampaigns.schoolYear,
  finishedAt: simulatedCampaigns.finishedAt,
  loadedAt: simulatedCampaigns.loadedAt,
};
const latestFirst = [desc(simulatedCampaigns.loadedAt), desc(simulatedCampaigns.id)];

/** Every loaded simulation, the shown one (the latest loaded) first. National team only: [] otherwise. */
export async function listSimulations(actor: SessionUser, db?: Db): Promise<SimulationSummary[]> {
  if (!canManageSimulations(actor)) return [];
  db ??= await getDb();
  const rows = await db
    .select({
      ...described,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(simulatedCampaigns)
    .leftJoin(users, eq(users.id, simulatedCampaigns.loadedBy))
    .orderBy(...latestFirst);
  return rows.map(({ firstName, lastName, ...row }, index) => ({
    ...row,
    loadedBy: firstName === null ? null : `${firstName} ${lastName}`,
    shown: index === 0,
  }));
}

export interface SimulatedFigures {
  simulation: Pick<SimulationSummary, 'id' | 'label' | 'seed' | 'scale' | 'schoolYear' | 'finishedAt' | 'loadedAt'>;
  /** The territory the slice is about, placed (its name for the caption). */
  view: PlacedView;
  /** True when the slice adds up several departments (a region, an académie): no median distance then. */
  summed: boolean;
  /** Both scenarios over the territory; null when the file has no figure for any of its departments. */
  slice: { a: AreaFigures; b: AreaFigures } | null;
}

/**
 * The shown simulation's figures over a dashboard's territory: France's for the national view, the
 * department's, or the sum of the departments of a region or académie. Null without a simulation
 * loaded, for a school's or a ministry's view, and for a view the actor may not see (the same rule
 * as every figure of the dashboard: canViewSteering), so a representative only reads their slice.
 */
export async function simulatedFigures(
  actor: SessionUser,
  view: SteeringView,
  db?: Db,
): Promise<SimulatedFigures | null> {
  if (!showsSimulation(view)) return null;
  db ??= await getDb();
  const placed = await resolveView(db, view);
  if (!placed || !canViewSteering(actor, placed)) return null;
  const [row] = await db
    .select({
      ...described,
      result: simulatedCampaigns.result,
    })
    .from(simulatedCampaigns)
    .orderBy(...latestFirst)
    .limit(1);
  if (!row) return null;
  const { result, ...simulation } = row;
  const area = await areaOf(db, placed);
  // Checked when loaded; parsed again so that a row changed by hand fails here, not in the page.
  const { a, b } = sliceResult(simulationResultSchema.parse(result), area);
  return {
    simulation,
    view: placed,
    summed: area.level === 'departments' && area.codes.length > 1,
    slice: a && b ? { a, b } : null,
  };
}

async function areaOf(db: Db, view: PlacedView): Promise<SimulationArea> {
  if (view.level === 'national') return { level: 'national' };
  if (view.level === 'department') return { level: 'departments', codes: [view.code] };
  const column = view.level === 'region' ? departments.regionCode : departments.academyCode;
  const code = view.level === 'region' || view.level === 'academy' ? view.code : '';
  const rows = await db
    .select({ code: departments.code })
    .from(departments)
    .where(eq(column, code))
    .orderBy(asc(departments.code));
  return { level: 'departments', codes: rows.map((r) => r.code) };
}
