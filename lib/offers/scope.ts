import 'server-only';
import { and, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { offerReservations, offers, operatorHosts } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';

/*
 * The offer policies (policy.ts) as WHERE clauses every offer query and mutation adds: which offers
 * an actor manages (canManageOffer), which a school's pupils and staff may see. Anyone who manages
 * no offer gets null: callers refuse before querying.
 */
export function managedOffers(actor: SessionUser): SQL | null {
  if (actor.role === 'host' && actor.organisationId) return eq(offers.organisationId, actor.organisationId);
  if (actor.role === 'operator' && actor.operatorId)
    return and(eq(offers.operatorId, actor.operatorId), supportedByOperator(actor.operatorId))!;
  return null;
}

/** The organisation is one the operator supports (operator_hosts), checked in SQL. */
export function supportedByOperator(
  operatorId: string,
  organisationId: SQL | string = sql`${offers.organisationId}`,
): SQL {
  return sql`exists (select 1 from ${operatorHosts} where ${operatorHosts.operatorId} = ${operatorId} and ${operatorHosts.organisationId} = ${organisationId})`;
}

/**
 * Offers the pupils and staff of this school may see, whatever their status: those reserved for
 * no school, and those reserved for this one (an accepted reservation). The search and the offer
 * page both use it; the search passes offer_search_weeks' columns when it reads that table.
 */
export function visibleToSchool(
  schoolId: string,
  offer: { id: AnyColumn; isReserved: AnyColumn } = { id: offers.id, isReserved: offers.isReserved },
): SQL {
  return or(
    eq(offer.isReserved, false),
    sql`${offer.id} in (select ${offerReservations.offerId} from ${offerReservations}
      where ${offerReservations.schoolId} = ${schoolId} and ${offerReservations.status} = 'accepted')`,
  )!;
}
