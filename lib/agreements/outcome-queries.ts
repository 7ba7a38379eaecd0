import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { agreementFeedback, agreements, applications, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import type { AgreementOutcome } from './outcome-schemas';
import { loadAgreement } from './queries';
import { hostEditableAgreements, readableAgreements, schoolEditableAgreements } from './scope';

/*
 * What the convention's page shows after the week (outcome-mutations.ts writes it): whether the
 * internship took place and who said so, the pupil's and the tutor's words once it is completed,
 * and what the actor may do about them.
 */

export interface OutcomeView {
  agreementId: string;
  week: IsoDate;
  /** The week's Monday has come (Paris): the outcome may be recorded. */
  weekStarted: boolean;
  canceled: boolean;
  /** Signed by all: the only conventions that may be recorded as completed. */
  signed: boolean;
  outcome: { value: AgreementOutcome; reason: string | null; at: Date; by: 'school' | 'host' | null } | null;
  /** The words left once the internship is completed (none otherwise). */
  feedback: { pupil: { body: string; at: Date } | null; tutor: { body: string; at: Date } | null };
  can: {
    recordOutcome: boolean;
    /** Which word the actor writes: the pupil's own, or the tutor's for the host. */
    feedbackAs: 'pupil' | 'tutor' | null;
  };
}

const inScope = (scope: ReturnType<typeof readableAgreements>) =>
  scope ? sql<boolean>`${scope}` : sql<boolean>`false`;

/** The after-week part of a convention for the actor; null when it is not theirs to read. */
export async function getAgreementOutcome(
  actor: SessionUser,
  agreementId: string,
  today: IsoDate,
  db?: Db,
): Promise<OutcomeView | null> {
  const scope = readableAgreements(actor);
  if (!scope || !isUuid(agreementId)) return null;
  db ??= await getDb();
  const schoolEditor = actor.role === 'school_staff' ? schoolEditableAgreements(actor) : null;
  const hostEditor = actor.role === 'host' || actor.role === 'operator' ? hostEditableAgreements(actor) : null;
  const [row] = await db
    .select({
      week: applications.week,
      canceledAt: agreements.canceledAt,
      outcome: agreements.outcome,
      outcomeReason: agreements.outcomeReason,
      outcomeAt: agreements.outcomeAt,
      outcomeByRole: users.role,
      schoolEditor: inScope(schoolEditor),
      hostEditor: inScope(hostEditor),
    })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .leftJoin(users, eq(users.id, agreements.outcomeBy))
    .where(and(eq(agreements.id, agreementId), scope));
  if (!row) return null;
  const [stored, feedback] = await Promise.all([
    loadAgreement(db, agreementId),
    row.outcome === 'completed'
      ? db
          .select({ author: agreementFeedback.author, body: agreementFeedback.body, at: agreementFeedback.createdAt })
          .from(agreementFeedback)
          .where(eq(agreementFeedback.agreementId, agreementId))
      : Promise.resolve([]),
  ]);
  const word = (author: 'pupil' | 'tutor') => {
    const found = feedback.find((f) => f.author === author);
    return found ? { body: found.body, at: found.at } : null;
  };
  const weekStarted = row.week <= today;
  const canceled = !!row.canceledAt;
  const completed = row.outcome === 'completed';
  const writesHost = row.hostEditor && !actor.suspension;
  return {
    agreementId,
    week: row.week,
    weekStarted,
    canceled,
    signed: stored?.state === 'signed',
    outcome: row.outcome
      ? {
          value: row.outcome,
          reason: row.outcomeReason,
          at: row.outcomeAt!,
          by: row.outcomeByRole === 'school_staff' ? 'school' : row.outcomeByRole ? 'host' : null,
        }
      : null,
    feedback: { pupil: word('pupil'), tutor: word('tutor') },
    can: {
      recordOutcome: weekStarted && !canceled && (row.schoolEditor || writesHost),
      feedbackAs: !completed ? null : actor.role === 'pupil' ? 'pupil' : writesHost ? 'tutor' : null,
    },
  };
}
