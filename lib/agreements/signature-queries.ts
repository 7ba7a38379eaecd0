import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { agreements, applications } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { readableAgreements } from './scope';
import { storedAgreementColumns, withStates } from './state-queries';

export interface AwaitingSignatureRow {
  id: string;
  pupilName: string;
  className: string;
  hostName: string;
  offerTitle: string;
  week: IsoDate;
  /** The text the head signs when ticking it (a change meanwhile leaves it out of the batch). */
  fingerprint: string;
}

/**
 * The conventions the actor signs for the school (its part names them) that wait for that
 * signature now: complete, not cancelled, the week not over; by week then pupil. The head's batch.
 */
export async function awaitingSchoolSignature(actor: SessionUser, db?: Db): Promise<AwaitingSignatureRow[]> {
  const scope = readableAgreements(actor);
  if (!scope || actor.role !== 'school_staff') return [];
  db ??= await getDb();
  const selected = await db
    .select({ ...storedAgreementColumns, week: applications.week })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .where(
      and(
        scope,
        isNull(agreements.canceledAt),
        isNull(agreements.outcome),
        sql`${agreements.schoolPart} #>> '{signatory,userId}' = ${actor.id}`,
      ),
    )
    .orderBy(asc(applications.week), asc(sql`${agreements.facts} #>> '{pupil,lastName}'`));
  return (await withStates(db, selected)).flatMap(({ state, missingSigners, fingerprint, ...row }) => {
    if (state === 'to_complete' || !missingSigners.some((s) => s.party === 'school')) return [];
    const { pupil, host, internship } = row.facts;
    return [
      {
        id: row.id,
        pupilName: `${pupil.firstName} ${pupil.lastName}`,
        className: pupil.className,
        hostName: host.name,
        offerTitle: internship.offerTitle,
        week: row.week,
        fingerprint,
      },
    ];
  });
}
