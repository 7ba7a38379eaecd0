import { describe, expect, it } from 'vitest';
import { allowed } from '@/lib/testing/actors';
import { canManageSimulations, showsSimulation } from './policy';

describe('simulated campaigns', () => {
  it('are loaded and deleted by the national team only', () => {
    expect(allowed(canManageSimulations)).toEqual(['admin']);
  });

  it('show on the dashboards of a territory, not of a school nor a ministry', () => {
    const levels = ['national', 'region', 'academy', 'department', 'school', 'ministry'] as const;
    expect(levels.filter((level) => showsSimulation({ level }))).toEqual([
      'national',
      'region',
      'academy',
      'department',
    ]);
  });
});
