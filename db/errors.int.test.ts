import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './schema';
import { isUniqueViolation } from './errors';
import { createTestDb, type TestDb } from './testing';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const account = { email: 'doublon@exemple.fr', role: 'host' as const, firstName: 'A', lastName: 'B' };

describe('isUniqueViolation', () => {
  it('recognises the error the database raises for a duplicate, by constraint name, through Drizzle', async () => {
    await t.db.insert(users).values(account);
    const error = await t.db
      .insert(users)
      .values(account)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'users_email_unique')).toBe(true);
    expect(isUniqueViolation(error, 'schools_uai_unique')).toBe(false);
  });

  it('is false for other errors and for non-errors', async () => {
    const error = await t.db
      .insert(users)
      .values({ ...account, email: 'autre@exemple.fr', role: 'nope' as 'host' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).not.toBeNull();
    expect(isUniqueViolation(error)).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});
