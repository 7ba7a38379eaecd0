import { describe, expect, it } from 'vitest';
import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts the ids the database hands out, and the demo ids', () => {
    expect(isUuid('2d8fd0d4-5da3-42f7-9ad9-778aafa3ecf8')).toBe(true);
    expect(isUuid('D0000000-0000-4000-8000-000000000201')).toBe(true);
  });

  it('refuses 36-character strings PostgreSQL would reject as a uuid', () => {
    expect(isUuid('-'.repeat(36))).toBe(false);
    expect(isUuid('d0000000000040008000000000000201----')).toBe(false);
    expect(isUuid('d0000000-0000-4000-8000-00000000020g')).toBe(false);
  });
});
