import type { SessionUser } from '@/lib/auth/types';
import { isValidatedRepresentative } from '@/lib/representatives/policy';
import type { PlacedView, SteeringView } from './rules';

/*
 * Who sees which steering dashboard. Only validated state representatives, each within their scope:
 * - national: every view (territories, schools, ministries);
 * - region: its region, its académies, the departments of its region and their schools;
 * - académie: its académie, its departments and their schools (not the region);
 * - department: its department and its schools;
 * - ministry: its own ministry's view, nothing territorial.
 * The admin runs the platform, not the campaign: the national view only, to check the figures
 * (drilling down is for representatives, whom the admin validates). Everyone else: nothing.
 *
 * The view is placed (its region, académie and department read from the reference data by
 * resolveView), so the rule is pure; an unknown code places nothing and is refused before this.
 */
export function canViewSteering(actor: SessionUser, view: PlacedView): boolean {
  if (actor.role === 'admin') return view.level === 'national';
  if (!isValidatedRepresentative(actor) || !actor.scope) return false;
  const { level, code } = actor.scope;
  switch (level) {
    case 'national':
      return true;
    case 'ministry':
      return view.level === 'ministry' && view.id === code;
    case 'region':
      return view.level !== 'national' && view.level !== 'ministry' && view.regionCode === code;
    case 'academy':
      return (
        view.level !== 'national' && view.level !== 'ministry' && view.level !== 'region' && view.academyCode === code
      );
    case 'department':
      return (view.level === 'department' || view.level === 'school') && view.departmentCode === code;
  }
}

/** Where an actor's dashboards start (the top of their drill-down), or null when they see none. */
export function homeView(actor: SessionUser): SteeringView | null {
  if (actor.role === 'admin') return { level: 'national' };
  if (!isValidatedRepresentative(actor) || !actor.scope) return null;
  const { level, code } = actor.scope;
  if (level === 'national') return { level };
  if (!code) return null;
  return level === 'ministry' ? { level, id: code } : { level, code };
}
