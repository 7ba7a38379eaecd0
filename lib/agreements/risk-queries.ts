import 'server-only';
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { agreements, applications, hostOrganisations, offers, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { addDays, type IsoDate } from '@/lib/calendar/weeks';
import type { AgreementState } from './rules';
import { readableAgreements } from './scope';
import { storedAgreementColumns, withStates } from './state-queries';

/*
 * The conventions to watch on the school's and the host's dashboards: not signed by all while their
 * week starts within RISK_DAYS, or has started. A cancelled convention, or one whose outcome is
 * recorded, is no longer watched.
 */

export const RISK_DAYS = 14;

export interface AgreementAtRisk {
  id: string;
  pupilName: string;
  hostName: string;
  offerTitle: string;
  week: IsoDate;
  /** The week has started (or is over) without every signature. */
  started: boolean;
  state: Exclude<AgreementState, 'signed' | 'canceled'>;
  /** Signatures still missing (all of them while a part is incomplete). */
  missingSigners: number;
}

/** The actor's conventions at risk, by week then pupil; none for an actor who reads none. */
export async function agreementsAtRisk(actor: SessionUser, today: IsoDate, db?: Db): Promise<AgreementAtRisk[]> {
  const scope = readableAgreements(actor);
  if (!scope) return [];
  db ??= await getDb();
  const selected = await db
    .select({
      ...storedAgreementColumns,
      week: applications.week,
      pupilFirstName: users.firstName,
      pupilLastName: users.lastName,
      hostName: hostOrganisations.name,
      offerTitle: offers.title,
    })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .innerJoin(users, eq(users.id, applications.pupilId))
    .where(
      and(
        scope,
        isNull(agreements.canceledAt),
        isNull(agreements.outcome),
        lte(applications.week, addDays(today, RISK_DAYS)),
      ),
    )
    .orderBy(asc(applications.week), sql`lower(${users.lastName})`, sql`lower(${users.firstName})`, asc(agreements.id));
  return (await withStates(db, selected)).flatMap(({ state, missingSigners, ...row }): AgreementAtRisk[] => {
    if (state === 'signed' || state === 'canceled') return [];
    return [
      {
        id: row.id,
        pupilName: `${row.pupilFirstName} ${row.pupilLastName}`,
        hostName: row.hostName,
        offerTitle: row.offerTitle,
        week: row.week,
        started: row.week <= today,
        state,
        missingSigners: missingSigners.length,
      },
    ];
  });
}
