import { describe, expect, it } from 'vitest';
import { DEFAULT_DASHBOARD_PARAMS, dashboardHref, isFiltered, parseDashboardParams } from './dashboard-schemas';

describe('dashboard URL', () => {
  it('reads sort, direction, status, title search and page', () => {
    expect(
      parseDashboardParams({ sort: 'seats', dir: 'asc', status: 'archived', q: '  logistique ', page: '3' }),
    ).toEqual({ sort: 'seats', dir: 'asc', status: 'archived', q: 'logistique', page: 3 });
    expect(parseDashboardParams({ sort: ['title', 'seats'], status: ['draft'] })).toMatchObject({
      sort: 'title',
      status: 'draft',
    });
  });

  it('falls back to the defaults on anything missing or invalid, never to an error', () => {
    expect(parseDashboardParams({})).toEqual(DEFAULT_DASHBOARD_PARAMS);
    expect(
      parseDashboardParams({ sort: 'password', dir: 'sideways', status: 'deleted', page: '-2', q: ['', 'x'] }),
    ).toEqual(DEFAULT_DASHBOARD_PARAMS);
    expect(DEFAULT_DASHBOARD_PARAMS).toMatchObject({ sort: 'updatedAt', dir: 'desc', status: '' });
  });

  it('cuts a pasted paragraph to 100 characters rather than refusing it', () => {
    expect(parseDashboardParams({ q: 'a'.repeat(10_000) }).q).toHaveLength(100);
  });

  it('builds short links that keep the other params and go back to page 1', () => {
    const params = { ...DEFAULT_DASHBOARD_PARAMS, status: 'draft' as const, q: 'vente & co', page: 3 };
    expect(dashboardHref('/entreprise/offres', params, { sort: 'title', dir: 'asc' })).toBe(
      '/entreprise/offres?sort=title&dir=asc&status=draft&q=vente+%26+co',
    );
    expect(dashboardHref('/entreprise/offres', params, { page: 2 })).toBe(
      '/entreprise/offres?status=draft&q=vente+%26+co&page=2',
    );
    expect(dashboardHref('/entreprise/offres', DEFAULT_DASHBOARD_PARAMS, {})).toBe('/entreprise/offres');
    expect(isFiltered(params)).toBe(true);
    expect(isFiltered({ ...DEFAULT_DASHBOARD_PARAMS, sort: 'title', page: 2 })).toBe(false);
  });
});
