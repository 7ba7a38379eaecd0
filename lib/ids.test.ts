import { describe, expect, it } from 'vitest';
import { idField, isUuid } from './ids';

const valid = [
  '2d8fd0d4-5da3-42f7-9ad9-778aafa3ecf8',
  'D0000000-0000-4000-8000-000000000201',
  '00000000-0000-0000-0000-000000000001',
];
const invalid = [
  '-'.repeat(36),
  'd0000000000040008000000000000201----',
  'd0000000-0000-4000-8000-00000000020g',
  '',
  ' 2d8fd0d4-5da3-42f7-9ad9-778aafa3ecf8',
];

describe('ids', () => {
  it('accepts the ids the database hands out, the demo ids and ids of any version', () => {
    for (const id of valid) expect(isUuid(id), id).toBe(true);
  });

  it('refuses strings PostgreSQL would reject as a uuid', () => {
    for (const id of invalid) expect(isUuid(id), id).toBe(false);
  });

  it('gives forms the same rule, with the field’s own message', () => {
    const field = idField('Choisissez un collège dans la liste.');
    for (const id of valid) expect(field.safeParse(id).success, id).toBe(true);
    for (const id of [...invalid, undefined, 42]) {
      const parsed = field.safeParse(id);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('Choisissez un collège dans la liste.');
    }
  });
});
