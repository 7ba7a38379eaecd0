import type { SessionUser } from '@/lib/auth/types';
import { isAdmin } from '@/lib/admin/policy';
import type { SteeringView } from '@/lib/steering/rules';

/*
 * Simulated campaigns (issue 16). The national team loads and deletes them; the steering dashboards
 * of a territory show the slice of the one shown, to whoever may see that dashboard
 * (canViewSteering, checked by loaded-queries.ts). A school's dashboard has no simulated figures (the
 * file has none below the department), nor a ministry's (the file knows no ministry).
 */

export function canManageSimulations(actor: Pick<SessionUser, 'role'>): boolean {
  return isAdmin(actor);
}

export function showsSimulation(view: Pick<SteeringView, 'level'>): boolean {
  return view.level !== 'school' && view.level !== 'ministry';
}
