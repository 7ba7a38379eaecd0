import { describe, expect, it } from 'vitest';
import { allowed } from '@/lib/testing/actors';
import { isAdmin } from './policy';

describe('the back-office, role by role', () => {
  it('is the national team’s only', () => {
    expect(allowed(isAdmin)).toEqual(['admin']);
  });
});
