import { describe, expect, it } from 'vitest';
import { actors, allowed, ORGANISATION_O } from '@/lib/testing/actors';
import type { SessionUser } from '@/lib/auth/types';
import { canManageOrganisation, canRemoveColleague, readOnlyRefusal } from './policy';

const suspension = { reason: 'Offres trompeuses' };
/** Organisation O's members besides hostO (its admin): a plain member, and both while O is suspended. */
const memberO: SessionUser = { ...actors.hostO, id: 'member-o', hostRole: 'member' };
const suspendedAdminO: SessionUser = { ...actors.hostO, suspension };

describe('host organisation O, role by role', () => {
  it('is managed by its members only: not by an operator, another host or the admin', () => {
    expect(allowed((a) => canManageOrganisation(a, ORGANISATION_O))).toEqual(['hostO']);
    expect(canManageOrganisation(memberO, ORGANISATION_O)).toBe(true);
  });

  it('is read only while suspended', () => {
    expect(canManageOrganisation(suspendedAdminO, ORGANISATION_O)).toBe(false);
    expect(readOnlyRefusal(suspendedAdminO)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: expect.stringContaining('Offres trompeuses'),
    });
    expect(allowed((a) => readOnlyRefusal(a) === null)).toEqual(Object.keys(actors));
  });
});

describe('removing a colleague from organisation O, role by role', () => {
  const member = { organisationId: ORGANISATION_O, userId: 'member-o', role: 'member' as const, lastAdmin: false };
  const otherAdmin = { ...member, userId: 'admin-2-o', role: 'admin' as const };
  const lastAdmin = { ...member, userId: 'host-o', role: 'admin' as const, lastAdmin: true };

  it('is for the organisation’s own admin and the platform admin', () => {
    expect(allowed((a) => canRemoveColleague(a, member))).toEqual(['hostO', 'admin']);
    expect(allowed((a) => canRemoveColleague(a, otherAdmin))).toEqual(['hostO', 'admin']);
  });

  it('is not for a plain member, a suspended organisation, or oneself', () => {
    expect(canRemoveColleague(memberO, { ...member, userId: 'someone-else' })).toBe(false);
    expect(canRemoveColleague(suspendedAdminO, member)).toBe(false);
    expect(canRemoveColleague(actors.hostO, { ...otherAdmin, userId: actors.hostO.id })).toBe(false);
  });

  it('never removes the last admin, not even by the platform admin', () => {
    expect(allowed((a) => canRemoveColleague(a, lastAdmin))).toEqual([]);
  });
});
