import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { agreementFeedback, agreements, applications } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { formatDay } from '@/lib/calendar/format';
import { todayInParis } from '@/lib/calendar/weeks';
import { fail, type ActionResult } from '@/lib/errors';
import { parseValues } from '@/lib/forms';
import { readOnlyRefusal } from '@/lib/hosts/policy';
import { isUuid } from '@/lib/ids';
import { feedbackSchema, outcomeSchema, type OutcomeInput } from './outcome-schemas';
import { loadAgreement } from './queries';
import { hostEditableAgreements, readableAgreements, schoolEditableAgreements } from './scope';

/*
 * After the week (issue 13): the school (those who edit its part) or the host (whoever manages the
 * offer, unless suspended) says whether the internship took place, from the week's Monday on; a
 * later record by either side replaces it, each one audited. Only a convention signed by all can
 * be « completed » (what the statistics count); « not held » needs a reason. Then the pupil and the
 * host (for the tutor) may each leave a short word, written again as often as they like.
 */

const NOT_FOUND = 'Convention introuvable, ou elle ne vous concerne pas.';

/** Who records the outcome for the actor's side, in SQL, or null. */
function outcomeScope(actor: SessionUser) {
  if (actor.role === 'school_staff') return schoolEditableAgreements(actor);
  if (actor.role === 'host' || actor.role === 'operator') return hostEditableAgreements(actor);
  return null;
}

export async function recordOutcome(
  actor: SessionUser,
  agreementId: string,
  input: OutcomeInput,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<void>> {
  const scope = outcomeScope(actor);
  if (!scope || !isUuid(agreementId)) return fail('NOT_FOUND', NOT_FOUND);
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  const parsed = parseValues(outcomeSchema, { ...input, agreementId });
  if (!parsed.ok) return fail('VALIDATION', Object.values(parsed.fieldErrors)[0]![0]!, parsed.fieldErrors);
  const { outcome, reason } = parsed.data;
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ canceledAt: agreements.canceledAt, outcome: agreements.outcome, week: applications.week })
      .from(agreements)
      .innerJoin(applications, eq(applications.id, agreements.applicationId))
      .where(and(eq(agreements.id, agreementId), scope))
      .for('update', { of: agreements });
    if (!row) return fail('NOT_FOUND', NOT_FOUND);
    if (row.canceledAt)
      return fail('TRANSITION_NOT_ALLOWED', 'Cette convention est annulée : il n’y a pas de stage à indiquer.');
    if (row.week > todayInParis(now))
      return fail(
        'TRANSITION_NOT_ALLOWED',
        `Le stage n’a pas encore commencé : vous pourrez indiquer s’il a eu lieu à partir du ${formatDay(row.week)}.`,
      );
    if (outcome === 'completed' && (await loadAgreement(tx, agreementId))?.state !== 'signed')
      return fail(
        'TRANSITION_NOT_ALLOWED',
        'Seul un stage dont la convention est signée par tous peut être indiqué comme réalisé. S’il n’a pas eu lieu, indiquez-le avec son motif.',
      );
    await tx
      .update(agreements)
      .set({ outcome, outcomeReason: outcome === 'not_held' ? reason! : null, outcomeBy: actor.id, outcomeAt: now })
      .where(eq(agreements.id, agreementId));
    await audit(tx, {
      actorId: actor.id,
      action: 'agreement.outcome_recorded',
      targetType: 'agreement',
      targetId: agreementId,
      details: { outcome, previous: row.outcome, side: actor.role === 'school_staff' ? 'school' : 'host' },
    });
    return { ok: true as const, data: undefined };
  });
}

/**
 * The pupil's word (author 'pupil') or the host's for the tutor ('tutor') on an internship recorded
 * as completed: 1 to 1 000 characters, one per author, replaced when written again.
 */
export async function saveFeedback(
  actor: SessionUser,
  agreementId: string,
  body: string,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<void>> {
  const author = actor.role === 'pupil' ? 'pupil' : actor.role === 'host' || actor.role === 'operator' ? 'tutor' : null;
  const scope = author === 'pupil' ? readableAgreements(actor) : author ? hostEditableAgreements(actor) : null;
  if (!author || !scope || !isUuid(agreementId)) return fail('NOT_FOUND', NOT_FOUND);
  const readOnly = readOnlyRefusal(actor);
  if (readOnly) return readOnly;
  const parsed = parseValues(feedbackSchema(author), { agreementId, body });
  if (!parsed.ok) return fail('VALIDATION', Object.values(parsed.fieldErrors)[0]![0]!, parsed.fieldErrors);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ outcome: agreements.outcome })
      .from(agreements)
      .where(and(eq(agreements.id, agreementId), scope))
      .for('share');
    if (!row) return fail('NOT_FOUND', NOT_FOUND);
    if (row.outcome !== 'completed')
      return fail(
        'TRANSITION_NOT_ALLOWED',
        author === 'pupil'
          ? 'Tu pourras donner ton avis quand ton stage sera indiqué comme réalisé.'
          : 'Vous pourrez donner votre avis quand le stage sera indiqué comme réalisé.',
      );
    const text = parsed.data.body;
    await tx
      .insert(agreementFeedback)
      .values({ agreementId, author, authorUserId: actor.id, body: text, createdAt: now })
      .onConflictDoUpdate({
        target: [agreementFeedback.agreementId, agreementFeedback.author],
        set: { body: text, authorUserId: actor.id, createdAt: now },
      });
    return { ok: true as const, data: undefined };
  });
}
