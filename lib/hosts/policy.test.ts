import { describe, expect, it } from 'vitest';
import { allowed, ORGANISATION_O } from '@/lib/testing/actors';
import { canManageOrganisation } from './policy';

describe('host organisation O, role by role', () => {
  it('is managed by its members only: not by an operator, another host or the admin', () => {
    expect(allowed((a) => canManageOrganisation(a, ORGANISATION_O))).toEqual(['hostO']);
  });
});
