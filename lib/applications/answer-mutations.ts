import 'server-only';
import { and, gt } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { isCheckViolation } from '@/db/errors';
import { applications } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { todayInParis, type IsoDate } from '@/lib/calendar/weeks';
import { fail, type ActionResult } from '@/lib/errors';
import { readOnlyRefusal } from '@/lib/hosts/policy';
import { applicationEmails } from '@/lib/notifications/application-templates';
import type { ApplicationStatus } from './rules';
import { managedApplication } from './scope';
import { moveApplications, tellMainTeacher, tellPupils } from './transition-mutations';

/*
 * What the host does with an application to one of the offers it manages (an operator: the offers it
 * posted for the hosts it supports): open it (read), accept it (the database holds the seat, and
 * refuses a seat beyond the week's or the year's), refuse it with a reason, cancel an accepted or
 * confirmed one with a message. The pupil is told each time, the main teacher on acceptance.
 */

const NOT_FOUND = 'Candidature introuvable, ou elle ne concerne pas vos offres.';

const CLOSED: Partial<Record<ApplicationStatus, string>> = {
  confirmed: 'L’élève a déjà confirmé ce stage.',
  accepted: 'Vous avez déjà accepté cette candidature : l’élève doit la confirmer.',
  superseded: 'L’élève a confirmé un autre stage pour cette semaine : sa candidature est retirée.',
  canceled_by_pupil: 'L’élève a annulé cette candidature.',
  expired: 'Cette candidature a expiré faute de réponse dans les 15 jours.',
  acceptance_expired: 'L’élève n’a pas confirmé à temps : la place a été libérée.',
  rejected: 'Vous avez déjà refusé cette candidature.',
  canceled_by_host: 'Vous avez déjà annulé cette candidature.',
};

type Answer =
  { kind: 'read' } | { kind: 'accept' } | { kind: 'refuse'; reason: string } | { kind: 'cancel'; reason: string };

/**
 * One answer to one application, in a transaction: the move happens only from a state it may start
 * from, so a refusal cannot become an acceptance once the pupil confirmed elsewhere (the confirmation
 * withdrew it first, or the acceptance is withdrawn by it).
 */
export async function answerApplication(
  actor: SessionUser,
  applicationId: string,
  answer: Answer,
  { today = todayInParis(), now = new Date() }: { today?: IsoDate; now?: Date } = {},
  db?: Db,
): Promise<ActionResult<void>> {
  const where = managedApplication(actor, applicationId);
  if (!where) return fail('NOT_FOUND', NOT_FOUND);
  if (answer.kind !== 'read') {
    const readOnly = readOnlyRefusal(actor);
    if (readOnly) return readOnly;
  }
  db ??= await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select({ status: applications.status }).from(applications).where(where);
      if (!current) return fail('NOT_FOUND', NOT_FOUND);
      if (answer.kind === 'read') {
        await moveApplications(tx, where, 'read', { actorId: actor.id, now });
        return { ok: true as const, data: undefined };
      }
      if (answer.kind === 'accept') {
        const [moved] = await moveApplications(tx, and(where, gt(applications.week, today))!, 'accepted', {
          actorId: actor.id,
          now,
          set: { acceptedAt: now, remindedAt: null },
        });
        if (!moved)
          return refusal(current.status, 'Cette semaine est commencée ou passée : il est trop tard pour accepter.');
        const [described] = await tellPupils(tx, [moved], (application) =>
          applicationEmails.accepted(application.about),
        );
        await tellMainTeacher(tx, described!, false);
        return { ok: true as const, data: undefined };
      }
      const [moved] =
        answer.kind === 'refuse'
          ? await moveApplications(tx, where, 'rejected', {
              actorId: actor.id,
              now,
              note: answer.reason,
              set: { rejectionReason: answer.reason },
            })
          : await moveApplications(tx, where, 'canceled_by_host', {
              actorId: actor.id,
              now,
              note: answer.reason,
              from: ['accepted', 'confirmed'],
              set: { cancellationReason: answer.reason },
            });
      if (!moved) return refusal(current.status);
      await tellPupils(tx, [moved], (application) =>
        answer.kind === 'refuse'
          ? applicationEmails.refused({ ...application.about, reason: answer.reason })
          : applicationEmails.canceledByHost({ ...application.about, reason: answer.reason }),
      );
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    if (isCheckViolation(error, 'offer_weeks_seats_held') || isCheckViolation(error, 'offers_seats_held'))
      return fail(
        'SEATS_HELD',
        'Toutes les places de cette semaine (ou de l’année) sont déjà prises : refusez cette candidature, ou ajoutez des places à l’offre.',
      );
    throw error;
  }
}

function refusal(status: ApplicationStatus, fallback = 'Cette candidature ne peut plus recevoir cette réponse.') {
  return fail('TRANSITION_NOT_ALLOWED', CLOSED[status] ?? fallback);
}
