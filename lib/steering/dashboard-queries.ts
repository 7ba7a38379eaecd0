import 'server-only';
import type { Db } from '@/db/client';
import type { SessionUser } from '@/lib/auth/types';
import { getDb } from '@/db/client';
import { groupFigures, offerFigures } from './indicator-queries';
import type { AreaPosition } from './map';
import { areaPositions } from './map-queries';
import { canViewSteering } from './policy';
import { applicationFigures, areaFigures } from './pupil-indicator-queries';
import { resolveView } from './queries';
import type {
  ApplicationFigures,
  AreaFigures,
  GroupFigures,
  OfferFigures,
  PlacedView,
  SteeringQuery,
  SteeringView,
  WeekBalance,
} from './rules';
import { weekBalance } from './week-indicator-queries';

/*
 * One dashboard page (/pilotage/<vue>): every figure of the view that applies to its level, read
 * through the domain functions (each checks the actor, each cached a minute), and the steps of the
 * drill-down above it that the actor may open. Null when the actor may not see the view.
 */

export interface Dashboard {
  view: PlacedView;
  query: SteeringQuery;
  /** The oldest of the figures' times: « Chiffres du … ». */
  asOf: Date;
  offers: OfferFigures | null;
  groups: GroupFigures | null;
  applications: ApplicationFigures;
  areas: AreaFigures | null;
  /** Where the areas' rows go on the map (map-queries.ts); null for a school or a ministry. */
  positions: AreaPosition[] | null;
  weeks: WeekBalance[] | null;
  /** The views above this one the actor may open, from the top: the breadcrumb's links. */
  ancestors: PlacedView[];
}

export async function openDashboard(
  actor: SessionUser,
  view: SteeringView,
  query: SteeringQuery,
  db?: Db,
): Promise<Dashboard | null> {
  db ??= await getDb();
  const [applications, offers, groups, areas, weeks, positions] = await Promise.all([
    applicationFigures(actor, view, query, db),
    view.level === 'school' ? null : offerFigures(actor, view, query, db),
    view.level === 'school' ? null : groupFigures(actor, view, query, db),
    view.level === 'ministry' ? null : areaFigures(actor, view, query, db),
    view.level === 'school' || view.level === 'ministry' ? null : weekBalance(actor, view, query, db),
    view.level === 'school' || view.level === 'ministry' ? null : areaPositions(actor, view, db),
  ]);
  if (!applications) return null;
  // Positions are not figures: they have no time to show.
  const read = [applications, offers, groups, areas, weeks].filter((figures) => figures !== null);
  const asOf = new Date(Math.min(...read.map((figures) => figures.asOf.getTime())));
  return {
    view: applications.view,
    query,
    asOf,
    applications: applications.figures,
    offers: offers?.figures ?? null,
    groups: groups?.figures ?? null,
    areas: areas?.figures ?? null,
    weeks: weeks?.figures ?? null,
    positions,
    ancestors: await ancestorsOf(actor, applications.view, db),
  };
}

/**
 * The drill-down above a view (national, region, académie for an académie's representative,
 * department), each one the actor may see: a department's representative starts at the department.
 */
async function ancestorsOf(actor: SessionUser, view: PlacedView, db: Db): Promise<PlacedView[]> {
  if (view.level === 'national' || view.level === 'ministry') return [];
  const above: SteeringView[] = [{ level: 'national' }];
  if (view.level !== 'region' && view.regionCode) above.push({ level: 'region', code: view.regionCode });
  if (actor.scope?.level === 'academy' && view.level !== 'academy' && view.level !== 'region' && view.academyCode)
    above.push({ level: 'academy', code: view.academyCode });
  if (view.level === 'school' && view.departmentCode) above.push({ level: 'department', code: view.departmentCode });
  const placed = await Promise.all(above.map((step) => resolveView(db, step)));
  return placed.filter((step): step is PlacedView => step !== null && canViewSteering(actor, step));
}
