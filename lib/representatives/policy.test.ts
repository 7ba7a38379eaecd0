import { describe, expect, it } from 'vitest';
import { allowed } from '@/lib/testing/actors';
import { isValidatedRepresentative } from './policy';

describe('steering dashboards, role by role', () => {
  it('open to state representatives once an admin validated them', () => {
    expect(allowed(isValidatedRepresentative)).toEqual(['rep93']);
  });
});
