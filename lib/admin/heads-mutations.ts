import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { headRequests, schools, staffMemberships, users } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { enqueueEmail } from '@/lib/notifications/mutations';
import { emails } from '@/lib/notifications/templates';
import { appointHead } from '@/lib/schools/head-mutations';
import { usableAccount } from '@/lib/users/scope';
import { awaitingAdmin } from './heads-queries';
import { ADMIN_ONLY, isAdmin } from './policy';

/*
 * The admin puts a school's head right: decides the requests of heads who cannot use the school's
 * functional mailbox, replaces a head by a member of the team, or removes them. Every decision
 * carries a written reason (on the request row, in the audit log, in the e-mail). The school stays
 * registered and keeps its pupils, classes and staff; appointHead is the one way to become head.
 * Decisions on one school lock its row first, so two admins deciding at once are serialized and
 * the second reads what the first did.
 */

const NO_REQUEST = 'Cette demande n’existe pas ou a déjà été traitée : rechargez la liste.';
const HAS_HEAD =
  'Ce collège a déjà un chef d’établissement : refusez la demande, ou remplacez le chef depuis la page du collège.';

/**
 * A decision in one transaction that also rolls back when it refuses: appointHead may already have
 * revoked the previous head when the unique index refuses the new one.
 */
async function allOrNothing<T>(db: Db, decide: (tx: Db) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  let refusal: ActionResult<T> | null = null;
  try {
    return await db.transaction(async (tx) => {
      const result = await decide(tx);
      if (!result.ok) {
        refusal = result;
        tx.rollback();
      }
      return result;
    });
  } catch (error) {
    if (refusal) return refusal;
    throw error;
  }
}

async function lockSchool(tx: Db, schoolId: string) {
  const [school] = await tx
    .select({ id: schools.id, name: schools.name })
    .from(schools)
    .where(eq(schools.id, schoolId))
    .for('update');
  return school ?? null;
}

/** The school's head (not revoked), with their address, if it has one. */
async function currentHead(tx: Db, schoolId: string) {
  const [head] = await tx
    .select({ userId: staffMemberships.userId, email: users.email })
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(
      and(
        eq(staffMemberships.schoolId, schoolId),
        eq(staffMemberships.role, 'head'),
        ne(staffMemberships.status, 'revoked'),
      ),
    );
  return head ?? null;
}

/** Approves (the requester becomes head through appointHead) or refuses a head request, with a reason. */
export async function decideHeadRequest(
  actor: SessionUser,
  input: { requestId: string; decision: 'approve' | 'refuse'; reason: string },
  db?: Db,
): Promise<ActionResult<{ schoolId: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return allOrNothing(db, async (tx) => {
    const [request] = await tx
      .select({ schoolId: headRequests.schoolId, userId: headRequests.userId, email: users.email })
      .from(headRequests)
      .innerJoin(users, eq(users.id, headRequests.userId))
      .where(and(eq(headRequests.id, input.requestId), awaitingAdmin));
    if (!request) return fail('NOT_FOUND', NO_REQUEST);
    const school = await lockSchool(tx, request.schoolId);
    // Re-read under the school's lock: another admin may have decided it meanwhile.
    const [still] = await tx
      .select({ id: headRequests.id })
      .from(headRequests)
      .where(and(eq(headRequests.id, input.requestId), eq(headRequests.status, 'pending')));
    if (!school || !still) return fail('ALREADY_DONE', NO_REQUEST);
    const approved = input.decision === 'approve';
    if (approved) {
      if (await currentHead(tx, school.id)) return fail('ALREADY_REGISTERED', HAS_HEAD);
      const appointed = await appointHead(tx, {
        schoolId: school.id,
        userId: request.userId,
        actorId: actor.id,
        reason: input.reason,
      });
      if (!appointed.ok) return appointed;
    }
    await tx
      .update(headRequests)
      .set({
        status: approved ? 'approved' : 'refused',
        decidedBy: actor.id,
        decidedAt: sql`now()`,
        decisionReason: input.reason,
      })
      .where(eq(headRequests.id, input.requestId));
    await audit(tx, {
      actorId: actor.id,
      action: 'school.head_request_decided',
      targetType: 'school',
      targetId: school.id,
      details: { requestId: input.requestId, userId: request.userId, decision: input.decision, reason: input.reason },
    });
    await enqueueEmail(
      tx,
      request.email,
      emails.headRequestDecided({ schoolName: school.name, approved, reason: input.reason }),
    );
    return { ok: true as const, data: { schoolId: school.id } };
  });
}

/**
 * Makes an active member of the school's team its head; the previous head (if any) loses their
 * access to the school at their next request, and both are told why.
 */
export async function replaceHead(
  actor: SessionUser,
  input: { schoolId: string; userId: string; reason: string },
  db?: Db,
): Promise<ActionResult<{ previousHeadId: string | null }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return allOrNothing(db, async (tx) => {
    const school = await lockSchool(tx, input.schoolId);
    if (!school) return fail('NOT_FOUND', 'Ce collège n’existe pas.');
    const [candidate] = await tx
      .select({ email: users.email })
      .from(staffMemberships)
      .innerJoin(users, eq(users.id, staffMemberships.userId))
      .where(
        and(
          eq(staffMemberships.schoolId, school.id),
          eq(staffMemberships.userId, input.userId),
          eq(staffMemberships.status, 'active'),
          ne(staffMemberships.role, 'head'),
          usableAccount,
        ),
      );
    if (!candidate)
      return fail(
        'NOT_FOUND',
        'Cette personne ne fait pas partie de l’équipe active de ce collège, ou en est déjà le chef : choisissez-la dans la liste.',
        { userId: ['Choisissez une personne de l’équipe active du collège.'] },
      );
    const previous = await currentHead(tx, school.id);
    const appointed = await appointHead(tx, {
      schoolId: school.id,
      userId: input.userId,
      actorId: actor.id,
      reason: input.reason,
    });
    if (!appointed.ok) return appointed;
    await enqueueEmail(tx, candidate.email, emails.headAppointed({ schoolName: school.name, reason: input.reason }));
    if (previous)
      await enqueueEmail(
        tx,
        previous.email,
        emails.headAccessEnded({ schoolName: school.name, replaced: true, reason: input.reason }),
      );
    return appointed;
  });
}

/** Revokes the head's membership: the school stays registered, without head, until the admin appoints one. */
export async function removeHead(
  actor: SessionUser,
  input: { schoolId: string; reason: string },
  db?: Db,
): Promise<ActionResult<{ previousHeadId: string }>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const school = await lockSchool(tx, input.schoolId);
    if (!school) return fail('NOT_FOUND', 'Ce collège n’existe pas.');
    const head = await currentHead(tx, school.id);
    if (!head) return fail('ALREADY_DONE', 'Ce collège n’a pas de chef d’établissement.');
    await tx
      .update(staffMemberships)
      .set({ status: 'revoked', updatedAt: sql`now()` })
      .where(and(eq(staffMemberships.schoolId, school.id), eq(staffMemberships.userId, head.userId)));
    await audit(tx, {
      actorId: actor.id,
      action: 'school.head_removed',
      targetType: 'school',
      targetId: school.id,
      details: { headId: head.userId, reason: input.reason },
    });
    await enqueueEmail(
      tx,
      head.email,
      emails.headAccessEnded({ schoolName: school.name, replaced: false, reason: input.reason }),
    );
    return { ok: true as const, data: { previousHeadId: head.userId } };
  });
}
