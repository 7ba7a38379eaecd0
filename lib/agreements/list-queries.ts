import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { agreements, applications, staffMemberships, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isIsoDate, isMonday, type IsoDate } from '@/lib/calendar/weeks';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import { isStaffOf } from '@/lib/staff/policy';
import { containsFolded } from '@/lib/text/fold';
import { AGREEMENT_STATE_LABELS } from './labels';
import type { AgreementState } from './rules';
import { readableAgreements } from './scope';
import { storedAgreementColumns, withStates } from './state-queries';

/*
 * The conventions an actor reads (/etablissement/conventions, /entreprise/conventions, the pupil's
 * space), through scope.ts: a school has a few hundred at most, so the list is read whole, each
 * convention's state derived as on its page (state-queries.ts) and filtered on it here; the week
 * and the pupil's name filter in SQL.
 */

export const AGREEMENT_STATES = Object.keys(AGREEMENT_STATE_LABELS) as AgreementState[];

export interface AgreementListFilters {
  state: AgreementState | '';
  week: IsoDate | '';
  /** Part of the pupil's name, case and accents ignored. */
  q: string;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The list's URL (?etat=&semaine=&q=), anything else ignored. */
export function parseAgreementListParams(search: Record<string, string | string[] | undefined>): AgreementListFilters {
  const state = first(search.etat);
  const week = first(search.semaine);
  return {
    state: (AGREEMENT_STATES as string[]).includes(state) ? (state as AgreementState) : '',
    week: isIsoDate(week) && isMonday(week) ? week : '',
    q: first(search.q).trim().slice(0, 100),
  };
}

export interface AgreementListRow {
  id: string;
  applicationId: string;
  pupilName: string;
  className: string;
  hostName: string;
  offerTitle: string;
  week: IsoDate;
  state: AgreementState;
  /** How many of the required signatures are still missing (all of them while a part is incomplete). */
  missingSigners: number;
  outcome: 'completed' | 'not_held' | null;
}

const factText = (...path: string[]) => sql<string>`(${agreements.facts} #>> ${sql.raw(`'{${path.join(',')}}'`)})`;

/** The actor's conventions, by week then pupil; none for an actor who reads none. */
export async function listAgreements(
  actor: SessionUser,
  filters: Partial<AgreementListFilters> = {},
  db?: Db,
): Promise<AgreementListRow[]> {
  const scope = readableAgreements(actor);
  if (!scope) return [];
  db ??= await getDb();
  const q = filters.q?.trim();
  const selected = await db
    .select({
      ...storedAgreementColumns,
      applicationId: agreements.applicationId,
      outcome: agreements.outcome,
      week: applications.week,
    })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .where(
      and(
        scope,
        filters.week ? eq(applications.week, filters.week) : undefined,
        // Both orders, so that « Benali Inès » finds her as well as « Inès Benali ».
        q
          ? containsFolded(
              sql`${factText('pupil', 'firstName')} || ' ' || ${factText('pupil', 'lastName')} || ' ' || ${factText('pupil', 'firstName')}`,
              q,
            )
          : undefined,
      ),
    )
    .orderBy(asc(applications.week), asc(factText('pupil', 'lastName')), asc(factText('pupil', 'firstName')));
  return (await withStates(db, selected))
    .map(({ state, missingSigners, ...row }): AgreementListRow => {
      const { pupil, host, internship } = row.facts;
      return {
        id: row.id,
        applicationId: row.applicationId,
        pupilName: `${pupil.firstName} ${pupil.lastName}`,
        className: pupil.className,
        hostName: host.name,
        offerTitle: internship.offerTitle,
        week: row.week,
        state,
        missingSigners: missingSigners.length,
        outcome: row.outcome,
      };
    })
    .filter((row) => !filters.state || row.state === filters.state);
}

/** The weeks of the actor's conventions, for the list's week filter. */
export async function listAgreementWeeks(actor: SessionUser, db?: Db): Promise<IsoDate[]> {
  const scope = readableAgreements(actor);
  if (!scope) return [];
  db ??= await getDb();
  const rows = await db
    .selectDistinct({ week: applications.week })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .where(scope)
    .orderBy(asc(applications.week));
  return rows.map((row) => row.week);
}

/**
 * Who may sign for the actor's school (completeSchoolPart checks the same): its active staff, the
 * head first. Empty for anyone who is not staff of a school.
 */
export async function schoolSignatoryOptions(
  actor: SessionUser,
  db?: Db,
): Promise<{ id: string; name: string; role: string }[]> {
  const schoolId = actor.schoolId;
  if (actor.role !== 'school_staff' || !schoolId || !isStaffOf(actor, schoolId)) return [];
  db ??= await getDb();
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, role: staffMemberships.role })
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.schoolId, schoolId), eq(staffMemberships.status, 'active'), isNull(users.deletedAt)))
    .orderBy(sql`${staffMemberships.role} = 'head' desc`, asc(users.lastName), asc(users.firstName));
  return rows.map((row) => ({
    id: row.id,
    name: `${row.firstName} ${row.lastName}`,
    role: STAFF_ROLE_LABELS[row.role],
  }));
}
