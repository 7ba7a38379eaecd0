import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { DEMO_SECTORS, PEOPLE } from '@/db/seed/demo-data';
import { auditLog, holidayPeriods, sectors } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { createHolidayPeriod, deleteHolidayPeriod, updateHolidayPeriod, updateSector } from './reference-mutations';
import { holidayCoverage, listHolidayPeriods } from './reference-queries';
import { holidayPeriodFields, sectorSchema } from './schemas';

let t: TestDb;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = (await loadSessionUser(PEOPLE.admin.id, t.db))!;
});
afterAll(() => t.close());

const audited = (targetId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'reference.updated'), eq(auditLog.targetId, targetId)));

describe('reference data edits', () => {
  it('renames a sector and corrects its ONISEP link, with before and after in the audit log', async () => {
    const parsed = sectorSchema.parse({
      sectorId: DEMO_SECTORS.logistics,
      name: 'Logistique et transport',
      onisepUrl: 'https://www.onisep.fr/metiers/logistique',
    });
    expect(await updateSector(admin, parsed, t.db)).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(sectors).where(eq(sectors.id, DEMO_SECTORS.logistics));
    expect(row).toMatchObject({
      name: 'Logistique et transport',
      onisepUrl: 'https://www.onisep.fr/metiers/logistique',
    });
    const [entry] = await audited(DEMO_SECTORS.logistics);
    expect(entry).toMatchObject({
      actorId: PEOPLE.admin.id,
      targetType: 'sector',
      details: { after: { name: 'Logistique et transport' } },
    });
    // An empty link is stored as none; another sector's name is refused.
    expect(sectorSchema.parse({ sectorId: DEMO_SECTORS.sport, name: 'Sport', onisepUrl: '' }).onisepUrl).toBeNull();
    const clash = await updateSector(
      admin,
      { sectorId: DEMO_SECTORS.sport, name: 'Logistique et transport', onisepUrl: null },
      t.db,
    );
    expect(clash).toMatchObject({ ok: false, code: 'NAME_TAKEN', fieldErrors: { name: [expect.any(String)] } });
  });

  it('adds, edits and deletes a holiday period, refusing an end before the start', async () => {
    const backwards = holidayPeriodFields.safeParse({
      zone: 'corse',
      schoolYear: '2026',
      name: 'Vacances de la Toussaint',
      startsOn: '2026-10-31',
      endsOn: '2026-10-17',
    });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ['endsOn'] });

    const input = holidayPeriodFields.parse({
      zone: 'corse',
      schoolYear: '2026',
      name: 'Vacances de la Toussaint',
      startsOn: '2026-10-17',
      endsOn: '2026-11-01',
    });
    const coverage = async () =>
      Object.fromEntries(
        (await holidayCoverage(admin, [2025, 2026, 2027], t.db)).map((row) => [row.zone, row.periods]),
      );
    // Corsica has its 2025-2026 calendar seeded, not yet 2026-2027's: the admin sees it is missing.
    expect((await coverage()).corse).toEqual([4, 0, 0]);
    expect((await coverage()).C).toEqual([4, 4, 0]);
    const created = await createHolidayPeriod(admin, input, t.db);
    if (!created.ok) throw new Error(created.message);
    expect((await coverage()).corse).toEqual([4, 1, 0]);
    expect(await createHolidayPeriod(admin, input, t.db)).toMatchObject({ ok: false, code: 'NAME_TAKEN' });

    expect(
      await updateHolidayPeriod(admin, { ...input, periodId: created.data.id, endsOn: '2026-11-02' }, t.db),
    ).toMatchObject({ ok: true });
    expect((await listHolidayPeriods(admin, { zone: 'corse', schoolYear: 2026 }, t.db)).periods).toEqual([
      { id: created.data.id, name: 'Vacances de la Toussaint', startsOn: '2026-10-17', endsOn: '2026-11-02' },
    ]);

    expect(await deleteHolidayPeriod(admin, created.data.id, t.db)).toMatchObject({
      ok: true,
      data: { zone: 'corse', schoolYear: 2026 },
    });
    expect(await t.db.select().from(holidayPeriods).where(eq(holidayPeriods.id, created.data.id))).toEqual([]);
    expect(
      (await audited(created.data.id)).map((entry) => [entry.details?.before === null, entry.details?.after === null]),
    ).toEqual(
      expect.arrayContaining([
        [true, false],
        [false, false],
        [false, true],
      ]),
    );
  });
});
