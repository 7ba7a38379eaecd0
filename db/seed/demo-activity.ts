import type { Db } from '../client';
import * as s from '../schema';
import { addWeeks, isoWeekMonday } from '@/lib/calendar/weeks';
import { seedDemoAgreements } from './demo-agreement';
import { PUPILS, demoId } from './demo-data';
import { seedDemoOffers, type DemoContext } from './demo-offers';

type Status = (typeof s.applicationStatus.enumValues)[number];

/** Path each final state went through, so the history reads like a real one. */
export const PATHS: Record<Status, Status[]> = {
  submitted: ['submitted'],
  read: ['submitted', 'read'],
  accepted: ['submitted', 'read', 'accepted'],
  confirmed: ['submitted', 'read', 'accepted', 'confirmed'],
  rejected: ['submitted', 'read', 'rejected'],
  canceled_by_pupil: ['submitted', 'canceled_by_pupil'],
  canceled_by_host: ['submitted', 'read', 'accepted', 'canceled_by_host'],
  expired: ['submitted', 'expired'],
  acceptance_expired: ['submitted', 'read', 'accepted', 'acceptance_expired'],
  superseded: ['submitted', 'read', 'superseded'],
};

/** Host organisations, multi-week offers, applications in every state and one convention. */
export async function seedDemoActivity(db: Db, context: DemoContext): Promise<void> {
  await seedDemoOffers(db, context);
  const { today } = context;
  const [w0, w1, w2] = context.weeks as [string, string, string];
  const pupil = (n: number) => PUPILS[n]![0].id;
  const pastWeek = addWeeks(isoWeekMonday(today.toISOString().slice(0, 10)), -2);
  // [id, pupil index, offer, week, final state]
  const applications: [number, number, number, string, Status][] = [
    [501, 0, 401, w0, 'confirmed'],
    [502, 0, 403, w0, 'superseded'],
    [503, 0, 402, w1, 'submitted'],
    [504, 0, 403, w1, 'read'],
    [505, 2, 401, w0, 'accepted'],
    [506, 2, 402, w0, 'rejected'],
    [507, 3, 403, w0, 'canceled_by_pupil'],
    [508, 3, 401, w1, 'canceled_by_host'],
    [509, 4, 402, w2, 'expired'],
    [510, 5, 403, w2, 'acceptance_expired'],
    [511, 6, 405, w1, 'submitted'],
    // An internship the week before last, to record as completed (its convention is signed by all).
    [512, 3, 401, pastWeek, 'confirmed'],
  ];
  await db.insert(s.applications).values(
    applications.map(([n, p, o, week, status]) => ({
      id: demoId(n),
      pupilId: pupil(p),
      offerId: demoId(o),
      week,
      status,
      motivation:
        "Je voudrais découvrir ce métier parce qu'il m'intéresse depuis longtemps et que je veux savoir comment se passe une journée de travail.",
      rejectionReason: status === 'rejected' ? 'Toutes les places de cette semaine ont été attribuées.' : null,
    })),
  );
  await db.insert(s.applicationEvents).values(
    applications.flatMap(([n, p, , , status]) =>
      PATHS[status].map((toStatus, i, path) => ({
        applicationId: demoId(n),
        fromStatus: i === 0 ? null : path[i - 1]!,
        toStatus,
        actorId: ['submitted', 'confirmed', 'canceled_by_pupil'].includes(toStatus) ? pupil(p) : null,
        createdAt: new Date(today.getTime() - (path.length - i) * 86_400_000),
      })),
    ),
  );
  await seedDemoAgreements(db, today);
}
