import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { simulatedCampaigns } from '@/db/schema';
import { ADMIN_ONLY } from '@/lib/admin/policy';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { readSimulationFile } from './loaded-rules';
import { loadSimulationSchema, MAX_RESULT_BYTES, TOO_LARGE } from './loaded-schemas';
import { canManageSimulations } from './policy';

/*
 * Loading and deleting simulated campaigns (/admin/simulations). They are rows of their own table
 * (db/schema/simulations.ts), never campaigns, offers or applications: nothing here changes a live
 * figure, so the steering facts and their cache are left alone. Each change is audited.
 */

/**
 * Stores a result file of `npm run simulate:campaign` under the admin's name for it, once read and
 * checked (readSimulationFile: JSON, then the format's schema). It becomes the one the dashboards
 * show, being the latest loaded. National team only.
 */
export async function loadSimulation(
  actor: SessionUser,
  input: { label: string; content: string },
  db?: Db,
): Promise<ActionResult<{ id: string; label: string }>> {
  if (!canManageSimulations(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  // Checked here too: the form's schema is not the only caller.
  const named = loadSimulationSchema.shape.label.safeParse(input.label);
  if (!named.success) return failOn('label', named.error.issues[0]!.message);
  const label = named.data;
  if (Buffer.byteLength(input.content) > MAX_RESULT_BYTES) return failOn('file', TOO_LARGE);
  const read = readSimulationFile(input.content);
  if (!read.ok) return read;
  const result = read.data;
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(simulatedCampaigns)
      .values({
        label,
        seed: result.seed,
        scale: result.scale,
        schoolYear: result.schoolYear,
        finishedAt: new Date(result.finishedAt),
        result,
        loadedBy: actor.id,
      })
      .returning({ id: simulatedCampaigns.id });
    await audit(tx, {
      actorId: actor.id,
      action: 'simulation.loaded',
      targetType: 'simulated_campaign',
      targetId: row!.id,
      details: {
        label,
        seed: result.seed,
        scale: result.scale,
        schoolYear: result.schoolYear,
        finishedAt: result.finishedAt,
      },
    });
    return { ok: true as const, data: { id: row!.id, label } };
  });
}

/** Deletes a loaded simulation: the dashboards then show the one loaded before it, or none. National team only. */
export async function deleteSimulation(
  actor: SessionUser,
  simulationId: string,
  db?: Db,
): Promise<ActionResult<{ label: string }>> {
  if (!canManageSimulations(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [deleted] = await tx.delete(simulatedCampaigns).where(eq(simulatedCampaigns.id, simulationId)).returning({
      id: simulatedCampaigns.id,
      label: simulatedCampaigns.label,
      seed: simulatedCampaigns.seed,
      schoolYear: simulatedCampaigns.schoolYear,
    });
    if (!deleted) return fail('NOT_FOUND', 'Cette simulation n’existe pas ou a déjà été supprimée.');
    await audit(tx, {
      actorId: actor.id,
      action: 'simulation.deleted',
      targetType: 'simulated_campaign',
      targetId: deleted.id,
      details: { label: deleted.label, seed: deleted.seed, schoolYear: deleted.schoolYear },
    });
    return { ok: true as const, data: { label: deleted.label } };
  });
}
