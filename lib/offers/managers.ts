import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { hostMembers, offers, operatorMembers, users } from '@/db/schema';

/** Accounts that can still read their mail: not disabled, not deleted. */
export const reachable = and(sql`${users.status} <> 'disabled'`, isNull(users.deletedAt))!;

/**
 * Who is told about these offers: every member of the host organisation, and of the operator that
 * posted the offer for it. One query for any number of offers (a union: one `or` across both
 * memberships would scan every user).
 */
export async function offerManagerEmails(tx: Db, offerIds: string[]): Promise<{ offerId: string; email: string }[]> {
  if (!offerIds.length) return [];
  return union(
    tx
      .select({ offerId: offers.id, email: users.email })
      .from(offers)
      .innerJoin(hostMembers, eq(hostMembers.organisationId, offers.organisationId))
      .innerJoin(users, eq(users.id, hostMembers.userId))
      .where(and(inArray(offers.id, offerIds), reachable)),
    tx
      .select({ offerId: offers.id, email: users.email })
      .from(offers)
      .innerJoin(operatorMembers, eq(operatorMembers.operatorId, offers.operatorId))
      .innerJoin(users, eq(users.id, operatorMembers.userId))
      .where(and(inArray(offers.id, offerIds), reachable)),
  );
}
