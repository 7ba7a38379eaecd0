import 'server-only';
import { union } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  hostMembers,
  hostOrganisations,
  offerReservations,
  offers,
  offerWeeks,
  operatorMembers,
  schools,
  sectors,
  users,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import { availabilityOf, heldSeats, isFutureWeek, searchAbsence } from './availability';
import { publicationGaps } from './lifecycle-rules';
import { usableAccount } from '@/lib/users/scope';
import { managedOffers } from './scope';

/** Everything the offer form and the management page show, for the offer's managers only (null otherwise). */
export async function getManagedOffer(actor: SessionUser, offerId: string, today: IsoDate, db?: Db) {
  const scope = managedOffers(actor);
  if (!scope || !isUuid(offerId)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({
      offer: offers,
      organisationName: hostOrganisations.name,
      organisationSuspended: sql<boolean>`${hostOrganisations.suspendedAt} is not null`,
      sectorName: sectors.name,
    })
    .from(offers)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .leftJoin(sectors, eq(sectors.id, offers.sectorId))
    .where(and(eq(offers.id, offerId), scope));
  if (!row) return null;
  const [weekRows, reserved, held] = await Promise.all([
    db
      .select({ week: offerWeeks.week })
      .from(offerWeeks)
      .where(eq(offerWeeks.offerId, offerId))
      .orderBy(asc(offerWeeks.week)),
    db
      .select({ id: schools.id, name: schools.name, commune: schools.commune, uai: schools.uai })
      .from(offerReservations)
      .innerJoin(schools, eq(schools.id, offerReservations.schoolId))
      .where(and(eq(offerReservations.offerId, offerId), eq(offerReservations.status, 'accepted')))
      .orderBy(asc(schools.name)),
    heldSeats(db, offerId),
  ]);
  const weeks = weekRows.map((w) => w.week);
  const futureWeeks = weeks.filter((week) => isFutureWeek(week, today));
  const { offer } = row;
  return {
    ...offer,
    organisationName: row.organisationName,
    sectorName: row.sectorName,
    weeks,
    futureWeeks,
    /** Seats held (accepted or confirmed) per week to come. */
    heldByWeek: Object.fromEntries(futureWeeks.map((week) => [week, held.byWeek.get(week) ?? 0])),
    pastWeeks: weeks.filter((week) => !isFutureWeek(week, today)),
    reservedSchools: reserved,
    seatsHeld: held.total,
    gaps: publicationGaps({ ...offer, futureWeeks: futureWeeks.length }),
    outOfSearch: searchAbsence({
      ...offer,
      organisationSuspended: row.organisationSuspended,
      ...availabilityOf(offer, weeks, held, today),
    }),
  };
}
export type ManagedOffer = NonNullable<Awaited<ReturnType<typeof getManagedOffer>>>;

/** The ONISEP-aligned sectors (public reference data) for the content step. */
export async function listSectorOptions(
  db?: Db,
): Promise<{ value: string; label: string; onisepUrl: string | null }[]> {
  db ??= await getDb();
  const rows = await db.select({ value: sectors.id, label: sectors.name, onisepUrl: sectors.onisepUrl }).from(sectors);
  // In French alphabetical order (« Électronique » among the E), whatever the database's collation.
  return rows.sort((a, b) => FRENCH.compare(a.label, b.label));
}

const FRENCH = new Intl.Collator('fr');

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
      .where(and(inArray(offers.id, offerIds), usableAccount)),
    tx
      .select({ offerId: offers.id, email: users.email })
      .from(offers)
      .innerJoin(operatorMembers, eq(operatorMembers.operatorId, offers.operatorId))
      .innerJoin(users, eq(users.id, operatorMembers.userId))
      .where(and(inArray(offers.id, offerIds), usableAccount)),
  );
}
