import 'server-only';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { schools } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { todayInParis } from '@/lib/calendar/weeks';
import { fail, type ActionResult } from '@/lib/errors';
import { canChangeSearchSettings } from './policy';
import type { SearchRadiusInput } from './schemas';
import { nationalSearchRefusal } from './search-settings-rules';

/*
 * The head's choices for the pupils' search area, always on the actor's own school (never a school
 * named by the form). The pupils' search reads the row on each request: it follows at once.
 */

const HEAD_ONLY = 'Seul le chef d’établissement choisit la zone de recherche des élèves.';

function ownSchool(actor: SessionUser): string | null {
  return actor.schoolId && canChangeSearchSettings(actor, actor.schoolId) ? actor.schoolId : null;
}

/** Sets the radius pupils search within (used while national search is closed). */
export async function setSearchRadius(
  actor: SessionUser,
  input: SearchRadiusInput,
  db?: Db,
): Promise<ActionResult<void>> {
  const schoolId = ownSchool(actor);
  if (!schoolId) return fail('FORBIDDEN', HEAD_ONLY);
  db ??= await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ radiusKm: schools.searchRadiusKm })
      .from(schools)
      .where(eq(schools.id, schoolId))
      .for('update');
    if (!before || before.radiusKm === input.radiusKm) return;
    await tx.update(schools).set({ searchRadiusKm: input.radiusKm }).where(eq(schools.id, schoolId));
    await audit(tx, {
      actorId: actor.id,
      action: 'school.search_radius_changed',
      targetType: 'school',
      targetId: schoolId,
      details: { from: before.radiusKm, to: input.radiusKm },
    });
  });
  return { ok: true, data: undefined };
}

/**
 * Opens national search (from 25 September of the school year, search-settings-rules.ts) or closes
 * it back to the radius (at any time). Opening it while it is open changes nothing: the page keeps
 * saying who opened it first and when (a second click or a colleague's stale page does not rewrite
 * that). Closed then opened again, it records the new opening. Each change is audited.
 */
export async function setNationalSearch(
  actor: SessionUser,
  open: boolean,
  now = new Date(),
  db?: Db,
): Promise<ActionResult<void>> {
  const schoolId = ownSchool(actor);
  if (!schoolId) return fail('FORBIDDEN', HEAD_ONLY);
  const refusal = open ? nationalSearchRefusal(todayInParis(now)) : null;
  if (refusal) return fail('VALIDATION', refusal);
  db ??= await getDb();
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(schools)
      .set(
        open
          ? { nationalSearchOpenedAt: now, nationalSearchOpenedBy: actor.id }
          : { nationalSearchOpenedAt: null, nationalSearchOpenedBy: null },
      )
      .where(
        and(
          eq(schools.id, schoolId),
          open ? isNull(schools.nationalSearchOpenedAt) : isNotNull(schools.nationalSearchOpenedAt),
        ),
      )
      .returning({ id: schools.id });
    if (changed.length > 0)
      await audit(tx, {
        actorId: actor.id,
        action: open ? 'school.national_search_opened' : 'school.national_search_closed',
        targetType: 'school',
        targetId: schoolId,
      });
  });
  return { ok: true, data: undefined };
}
