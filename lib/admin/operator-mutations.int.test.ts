import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { auditLog, operators } from '@/db/schema';
import { seedOperators } from '@/lib/testing/operators';
import { setOperatorApiAccess } from './operator-mutations';

let t: TestDb;
let cast: Awaited<ReturnType<typeof seedOperators>>;
beforeAll(async () => {
  t = await createTestDb();
  cast = await seedOperators(t.db, 'acces');
});
afterAll(() => t.close());

describe('the partner API’s full access', () => {
  it('is granted and withdrawn by the admin only, each change audited, a repeated one refused', async () => {
    const fullAccess = async () =>
      (await t.db.select().from(operators).where(eq(operators.id, cast.operatorP)))[0]!.apiFullAccess;
    expect(
      await setOperatorApiAccess(cast.memberP, { operatorId: cast.operatorP, fullAccess: true }, t.db),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await setOperatorApiAccess(cast.admin, { operatorId: cast.operatorP, fullAccess: true }, t.db),
    ).toMatchObject({
      ok: true,
    });
    expect(await fullAccess()).toBe(true);
    expect(
      await setOperatorApiAccess(cast.admin, { operatorId: cast.operatorP, fullAccess: true }, t.db),
    ).toMatchObject({
      code: 'ALREADY_DONE',
    });
    expect(
      await setOperatorApiAccess(cast.admin, { operatorId: cast.operatorP, fullAccess: false }, t.db),
    ).toMatchObject({ ok: true });
    expect(await fullAccess()).toBe(false);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'operator.api_access_changed'))
      .orderBy(auditLog.createdAt);
    expect(audits.map((a) => a.details)).toEqual([{ fullAccess: true }, { fullAccess: false }]);
    expect(
      await setOperatorApiAccess(
        cast.admin,
        { operatorId: '00000000-0000-4000-8000-000000000000', fullAccess: true },
        t.db,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});
