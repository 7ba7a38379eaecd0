import { describe, expect, it } from 'vitest';
import type { ScopeLevel, SessionUser } from '@/lib/auth/types';
import { actors, allowed } from '@/lib/testing/actors';
import { canViewSteering, homeView } from './policy';
import type { PlacedView } from './rules';

/* Who sees which dashboard, role by role (lib/testing/actors.ts), then representative by scope. */

const place = (regionCode: string | null, academyCode: string | null, departmentCode: string | null) => ({
  name: 'Vue',
  regionCode,
  academyCode,
  departmentCode,
});
// Seine-Saint-Denis (93) is in the académie de Créteil ('24') and Île-de-France ('11'); Paris (75) in
// the académie de Paris ('01'), same region; Bouches-du-Rhône (13) in Aix-Marseille ('02'), PACA ('93').
const views = {
  national: { level: 'national', ...place(null, null, null) },
  region11: { level: 'region', code: '11', ...place('11', null, null) },
  region93: { level: 'region', code: '93', ...place('93', null, null) },
  creteil: { level: 'academy', code: '24', ...place('11', '24', null) },
  paris: { level: 'academy', code: '01', ...place('11', '01', null) },
  dept93: { level: 'department', code: '93', ...place('11', '24', '93') },
  dept75: { level: 'department', code: '75', ...place('11', '01', '75') },
  dept13: { level: 'department', code: '13', ...place('93', '02', '13') },
  school93: { level: 'school', id: 'school-93', ...place('11', '24', '93') },
  school75: { level: 'school', id: 'school-75', ...place('11', '01', '75') },
  school13: { level: 'school', id: 'school-13', ...place('93', '02', '13') },
  ministryM: { level: 'ministry', id: 'ministry-m', ...place(null, null, null) },
  ministryN: { level: 'ministry', id: 'ministry-n', ...place(null, null, null) },
} satisfies Record<string, PlacedView>;
type ViewName = keyof typeof views;

const rep = (level: ScopeLevel, code: string | null, validated = true): SessionUser => ({
  ...actors.rep93,
  scope: { level, code, validated },
});
const visible = (actor: SessionUser) =>
  (Object.keys(views) as ViewName[]).filter((name) => canViewSteering(actor, views[name]));

describe('canViewSteering', () => {
  it('by role: the validated representative of 93 and the admin only', () => {
    expect(allowed((actor) => canViewSteering(actor, views.national))).toEqual(['admin']);
    expect(allowed((actor) => canViewSteering(actor, views.dept93))).toEqual(['rep93']);
    expect(allowed((actor) => canViewSteering(actor, views.school93))).toEqual(['rep93']);
    expect(allowed((actor) => canViewSteering(actor, views.region11))).toEqual([]);
  });

  it('national representative: every view', () => {
    expect(visible(rep('national', null))).toEqual(Object.keys(views));
  });

  it('region: its region, académies, departments and their schools', () => {
    expect(visible(rep('region', '11'))).toEqual([
      'region11',
      'creteil',
      'paris',
      'dept93',
      'dept75',
      'school93',
      'school75',
    ]);
  });

  it('académie: its académie, departments and schools, not its region', () => {
    expect(visible(rep('academy', '24'))).toEqual(['creteil', 'dept93', 'school93']);
  });

  it('department: its department and its schools', () => {
    expect(visible(rep('department', '93'))).toEqual(['dept93', 'school93']);
    expect(visible(rep('department', '13'))).toEqual(['dept13', 'school13']);
  });

  it('ministry: its own ministry only', () => {
    expect(visible(rep('ministry', 'ministry-m'))).toEqual(['ministryM']);
  });

  it('not validated yet, or another role: nothing; the admin: the national view only', () => {
    expect(visible(rep('national', null, false))).toEqual([]);
    expect(visible(actors.repPending)).toEqual([]);
    expect(visible({ ...actors.headA, scope: { level: 'national', code: null, validated: true } })).toEqual([]);
    expect(visible(actors.admin)).toEqual(['national']);
  });
});

describe('homeView', () => {
  it('the top of each drill-down', () => {
    expect(homeView(rep('national', null))).toEqual({ level: 'national' });
    expect(homeView(rep('region', '11'))).toEqual({ level: 'region', code: '11' });
    expect(homeView(rep('academy', '24'))).toEqual({ level: 'academy', code: '24' });
    expect(homeView(rep('department', '93'))).toEqual({ level: 'department', code: '93' });
    expect(homeView(rep('ministry', 'ministry-m'))).toEqual({ level: 'ministry', id: 'ministry-m' });
    expect(homeView(actors.admin)).toEqual({ level: 'national' });
    expect(homeView(actors.repPending)).toBeNull();
    expect(homeView(actors.pupilA)).toBeNull();
  });
});
