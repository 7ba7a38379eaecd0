import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_PARAMS, followUpHref, isFollowUpFiltered, parseFollowUpParams } from './follow-up-schemas';

const CLASS = 'd0000000-0000-4000-8000-000000000201';

describe('follow-up URL', () => {
  it('reads class, state, sort, direction and page', () => {
    expect(parseFollowUpParams({ classe: CLASS, etat: 'none', sort: 'week', dir: 'desc', page: '2' })).toEqual({
      classId: CLASS,
      state: 'none',
      sort: 'week',
      dir: 'desc',
      page: 2,
    });
    expect(parseFollowUpParams({ classe: [CLASS.toUpperCase(), 'x'], etat: ['confirmed'] })).toMatchObject({
      classId: CLASS,
      state: 'confirmed',
    });
  });

  it('falls back to the defaults on anything missing or invalid, never to an error', () => {
    expect(parseFollowUpParams({})).toEqual(DEFAULT_FOLLOW_UP_PARAMS);
    expect(
      parseFollowUpParams({ classe: "1' or 1=1", etat: 'rejected', sort: 'password', dir: 'up', page: '0' }),
    ).toEqual(DEFAULT_FOLLOW_UP_PARAMS);
    expect(DEFAULT_FOLLOW_UP_PARAMS).toMatchObject({ classId: '', state: '', sort: 'class', dir: 'asc', page: 1 });
  });

  it('builds short links that keep the other params and go back to page 1', () => {
    const params = { ...DEFAULT_FOLLOW_UP_PARAMS, classId: CLASS, state: 'applied' as const, page: 3 };
    expect(followUpHref('/etablissement/eleves', params, { sort: 'state', dir: 'desc' })).toBe(
      `/etablissement/eleves?classe=${CLASS}&etat=applied&sort=state&dir=desc`,
    );
    expect(followUpHref('/etablissement/eleves', params, { page: 2 })).toBe(
      `/etablissement/eleves?classe=${CLASS}&etat=applied&page=2`,
    );
    expect(followUpHref('/etablissement/eleves/export', params)).toBe(
      `/etablissement/eleves/export?classe=${CLASS}&etat=applied`,
    );
    expect(followUpHref('/etablissement/eleves', DEFAULT_FOLLOW_UP_PARAMS)).toBe('/etablissement/eleves');
  });

  it('tells a filtered list from the whole one (sort and page are not filters)', () => {
    expect(isFollowUpFiltered({ ...DEFAULT_FOLLOW_UP_PARAMS, state: 'none' })).toBe(true);
    expect(isFollowUpFiltered({ ...DEFAULT_FOLLOW_UP_PARAMS, classId: CLASS })).toBe(true);
    expect(isFollowUpFiltered({ ...DEFAULT_FOLLOW_UP_PARAMS, sort: 'host', page: 4 })).toBe(false);
  });
});
