import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, simulatedCampaigns, users } from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/types';
import { actors } from '@/lib/testing/actors';
import { simulationFile, simulationResult } from '@/lib/testing/simulation';
import { deleteSimulation, loadSimulation } from './loaded-mutations';
import { listSimulations } from './loaded-queries';
import { MAX_RESULT_BYTES } from './loaded-schemas';

/* Loading a result file of npm run simulate:campaign, listing and deleting simulated campaigns (/admin/simulations). */

let t: TestDb;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  admin = { ...actors.admin, id: randomUUID(), firstName: 'Camille', lastName: 'Roussel' };
  await t.db.insert(users).values({ ...admin, email: 'admin@exemple.fr', role: 'admin' });
});
afterAll(() => t.close());

const audited = (action: string, id: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, id)));

describe('loading a simulation', () => {
  it('stores the checked file under its name, audited, and lists it as the one shown', async () => {
    const loaded = await loadSimulation(admin, { label: ' Simulation nationale ', content: simulationFile() }, t.db);
    expect(loaded).toEqual({ ok: true, data: { id: expect.any(String), label: 'Simulation nationale' } });
    const id = loaded.ok ? loaded.data.id : '';
    const [row] = await t.db.select().from(simulatedCampaigns).where(eq(simulatedCampaigns.id, id));
    expect(row).toMatchObject({
      label: 'Simulation nationale',
      seed: 42,
      scale: 0.1,
      schoolYear: 2026,
      finishedAt: new Date('2026-11-30T18:00:00Z'),
      result: simulationResult(),
      loadedBy: admin.id,
    });
    expect(await audited('simulation.loaded', id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        targetType: 'simulated_campaign',
        details: {
          label: 'Simulation nationale',
          seed: 42,
          scale: 0.1,
          schoolYear: 2026,
          finishedAt: '2026-11-30T18:00:00.000Z',
        },
      }),
    ]);
    const [listed] = await listSimulations(admin, t.db);
    expect(listed).toMatchObject({ id, label: 'Simulation nationale', loadedBy: 'Camille Roussel', shown: true });
  });

  it('shows the latest loaded: the one before stays listed, no longer shown', async () => {
    const later = await loadSimulation(admin, { label: 'Graine 7', content: simulationFile({ seed: 7 }) }, t.db);
    const list = await listSimulations(admin, t.db);
    expect(list.map((s) => [s.label, s.seed, s.shown])).toEqual([
      ['Graine 7', 7, true],
      ['Simulation nationale', 42, false],
    ]);
    expect(later.ok && list[0]!.id).toBe(later.ok && later.data.id);
  });

  it('refuses what is not a result, with the message of its first problem, and stores nothing', async () => {
    const before = await t.db.$count(simulatedCampaigns);
    const notJson = await loadSimulation(admin, { label: 'Essai', content: '<html>' }, t.db);
    expect(notJson).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { file: [expect.stringMatching(/^Ce fichier n’est pas du JSON lisible/)] },
    });
    const { scenarios, ...withoutScenarios } = simulationResult();
    expect(scenarios).toBeDefined();
    const wrong = await loadSimulation(admin, { label: 'Essai', content: JSON.stringify(withoutScenarios) }, t.db);
    expect(!wrong.ok && wrong.message).toBe(
      'Ce fichier n’est pas un résultat de simulation au format attendu. Premier problème, « scenarios » : ' +
        'Entrée invalide : objet attendu, indéfini reçu.',
    );
    const large = await loadSimulation(admin, { label: 'Essai', content: ' '.repeat(MAX_RESULT_BYTES + 1) }, t.db);
    expect(large).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/^Ce fichier dépasse 512 Ko/)] },
    });
    const unnamed = await loadSimulation(admin, { label: '   ', content: simulationFile() }, t.db);
    expect(unnamed).toMatchObject({ ok: false, fieldErrors: { label: ['Donnez un nom à cette simulation.'] } });
    expect(await t.db.$count(simulatedCampaigns)).toBe(before);
  });

  it('is the national team’s only', async () => {
    for (const actor of [actors.rep93, actors.headA, actors.hostO, actors.pupilA]) {
      expect(await loadSimulation(actor, { label: 'Essai', content: simulationFile() }, t.db)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await listSimulations(actor, t.db)).toEqual([]);
    }
  });
});

describe('deleting a simulation', () => {
  it('is the national team’s only', async () => {
    const [shown] = await listSimulations(admin, t.db);
    for (const actor of [actors.rep93, actors.headA])
      expect(await deleteSimulation(actor, shown!.id, t.db)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await t.db.$count(simulatedCampaigns, eq(simulatedCampaigns.id, shown!.id))).toBe(1);
  });

  it('removes it, audited: the one loaded before is shown again; twice is not found', async () => {
    const [shown] = await listSimulations(admin, t.db);
    expect(await deleteSimulation(admin, shown!.id, t.db)).toEqual({ ok: true, data: { label: 'Graine 7' } });
    expect(await audited('simulation.deleted', shown!.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, details: { label: 'Graine 7', seed: 7, schoolYear: 2026 } }),
    ]);
    expect((await listSimulations(admin, t.db)).map((s) => [s.label, s.shown])).toEqual([
      ['Simulation nationale', true],
    ]);
    expect(await deleteSimulation(admin, shown!.id, t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
