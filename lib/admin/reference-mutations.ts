import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { holidayPeriods, sectors } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { isAdmin } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';

/*
 * Edits of reference data by the national team. Each change is audited with the values before
 * and after: sectors are what pupils search by and holidays drive the week checks, so who changed
 * what must be traceable. The reference seed never overwrites these edits (db/seed/reference.ts).
 * Campaign targets are edited per campaign, in campaign-mutations.ts.
 */

const ADMIN_ONLY = 'Cette action est réservée à l’équipe nationale.';
type Done = ActionResult<void>;
const done: Done = { ok: true, data: undefined };

export async function updateSector(
  actor: SessionUser,
  input: { sectorId: string; name: string; onisepUrl: string | null },
  db?: Db,
): Promise<Done> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(sectors).where(eq(sectors.id, input.sectorId));
    if (!before) return fail('NOT_FOUND', 'Ce secteur n’existe pas.');
    const [clash] = await tx
      .select({ id: sectors.id })
      .from(sectors)
      .where(and(eq(sectors.name, input.name), ne(sectors.id, input.sectorId)));
    if (clash)
      return fail('NAME_TAKEN', 'Un autre secteur porte déjà ce nom.', {
        name: ['Ce nom est déjà celui d’un autre secteur.'],
      });
    await tx
      .update(sectors)
      .set({ name: input.name, onisepUrl: input.onisepUrl })
      .where(eq(sectors.id, input.sectorId));
    await referenceAudit(
      tx,
      actor,
      'sector',
      input.sectorId,
      { name: before.name, onisepUrl: before.onisepUrl },
      { name: input.name, onisepUrl: input.onisepUrl },
    );
    return done;
  });
}

type HolidayInput = {
  zone: (typeof holidayPeriods.$inferInsert)['zone'];
  schoolYear: number;
  name: string;
  startsOn: string;
  endsOn: string;
};

/** Names are unique per zone and school year: a duplicate is refused on the name field. */
export async function createHolidayPeriod(
  actor: SessionUser,
  input: HolidayInput,
  db?: Db,
): Promise<ActionResult<{ id: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(holidayPeriods)
      .values(input)
      .onConflictDoNothing()
      .returning({ id: holidayPeriods.id });
    if (!created) return duplicateHoliday();
    await referenceAudit(tx, actor, 'holiday_period', created.id, null, input);
    return { ok: true as const, data: created };
  });
}

export async function updateHolidayPeriod(
  actor: SessionUser,
  input: HolidayInput & { periodId: string },
  db?: Db,
): Promise<Done> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  const { periodId, ...after } = input;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(holidayPeriods).where(eq(holidayPeriods.id, periodId));
    if (!before) return fail('NOT_FOUND', 'Cette période n’existe pas.');
    const [clash] = await tx
      .select({ id: holidayPeriods.id })
      .from(holidayPeriods)
      .where(
        and(
          eq(holidayPeriods.zone, after.zone),
          eq(holidayPeriods.schoolYear, after.schoolYear),
          eq(holidayPeriods.name, after.name),
          ne(holidayPeriods.id, periodId),
        ),
      );
    if (clash) return duplicateHoliday();
    await tx.update(holidayPeriods).set(after).where(eq(holidayPeriods.id, periodId));
    const { id, ...previous } = before;
    await referenceAudit(tx, actor, 'holiday_period', id, previous, after);
    return done;
  });
}

/** Returns the deleted period's zone and year, to go back to their list. */
export async function deleteHolidayPeriod(
  actor: SessionUser,
  periodId: string,
  db?: Db,
): Promise<ActionResult<{ zone: HolidayInput['zone']; schoolYear: number }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [deleted] = await tx.delete(holidayPeriods).where(eq(holidayPeriods.id, periodId)).returning();
    if (!deleted) return fail('NOT_FOUND', 'Cette période n’existe pas ou a déjà été supprimée.');
    const { id, ...previous } = deleted;
    await referenceAudit(tx, actor, 'holiday_period', id, previous, null);
    return { ok: true as const, data: { zone: deleted.zone, schoolYear: deleted.schoolYear } };
  });
}

function duplicateHoliday() {
  return fail('NAME_TAKEN', 'Une période porte déjà ce nom pour cette zone et cette année scolaire.', {
    name: ['Ce nom est déjà utilisé pour cette zone et cette année.'],
  });
}

function referenceAudit(
  tx: Db,
  actor: SessionUser,
  table: string,
  id: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  return audit(tx, {
    actorId: actor.id,
    action: 'reference.updated',
    targetType: table,
    targetId: id,
    details: { before, after },
  });
}
