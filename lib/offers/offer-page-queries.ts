import 'server-only';
import { and, asc, eq, not, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, offers, offerWeeks, operators, schools, sectors } from '@/db/schema';
import type { lunchArrangement, offerStatus, organisationKind, reservationStatus } from '@/db/schema/enums';
import { canRequestReservation, canSearchOffers } from './policy';
import { isAdmin } from '@/lib/admin/policy';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import { futureWeekSql, heldSeats, organisationSuspended, seatsLeft } from './availability';
import { dailyPresenceMinutes } from './rules';
import { reservationOf } from './reservation-queries';
import { managedOffers, visibleToSchool } from './scope';
import { eligibleSchool } from '@/lib/schools/queries';

export interface OfferWeekView {
  week: IsoDate;
  /** Seats still free that week, also bounded by what is left of the seats for the year. */
  seatsLeft: number;
}

export interface OfferView {
  id: string;
  status: (typeof offerStatus.enumValues)[number];
  title: string;
  description: string;
  jobsDiscovered: string;
  sector: { name: string; onisepUrl: string | null } | null;
  organisation: { name: string; kind: (typeof organisationKind.enumValues)[number] };
  /** The partner association that posted the offer for the host (on the site or through the API), if any. */
  publisher: string | null;
  street: string | null;
  postcode: string | null;
  commune: string | null;
  /** Weeks still to come (a week that has begun is over), in order. */
  weeks: OfferWeekView[];
  seatsPerWeek: number;
  seatsPerYear: number;
  /** Null while a draft has no hours yet. */
  hours: { dailyStart: string; dailyEnd: string; lunchBreakMinutes: number; presenceMinutes: number } | null;
  lunch: (typeof lunchArrangement.enumValues)[number];
  accessibleToDisabled: boolean;
  accessibilityDetails: string;
  isReserved: boolean;
  /** Managers only: the tutor's contact details are never shown to pupils, a name and role only to the host. */
  tutor: { name: string | null; role: string | null } | null;
  /** The viewer manages the offer: the host's preview, whatever its status. */
  preview: boolean;
  /** School heads: their school's reservation request on this offer, if any. */
  reservation: { status: (typeof reservationStatus.enumValues)[number] } | null;
  /** Managers and the admin: when and why the national team unpublished the offer, if it did. */
  moderation: { at: Date; reason: string | null } | null;
}

/**
 * The offer page as this viewer may see it, or null when they may not (which the page turns into a
 * 404, so nobody learns that a draft or another school's reserved offer exists). Managers preview
 * their offers in any status; admins see every offer; everyone else sees published offers that are
 * not reserved, or reserved for their own school (pupils and staff). Pupils see nothing before the
 * parental authorisation is recorded, as on the list.
 */
export async function findOfferForViewer(
  actor: SessionUser | null,
  offerId: string,
  today: IsoDate,
  db?: Db,
): Promise<OfferView | null> {
  if (!isUuid(offerId)) return null;
  db ??= await getDb();
  const visible = await offerVisibility(actor, db);
  if (!visible) return null;
  const managed = actor ? managedOffers(actor) : null;

  const [row] = await db
    .select({
      id: offers.id,
      status: offers.status,
      title: offers.title,
      description: offers.description,
      jobsDiscovered: offers.jobsDiscovered,
      sectorName: sectors.name,
      onisepUrl: sectors.onisepUrl,
      organisationName: hostOrganisations.name,
      organisationKind: hostOrganisations.kind,
      publisher: operators.name,
      street: offers.street,
      postcode: offers.postcode,
      commune: offers.commune,
      seatsPerWeek: offers.seatsPerWeek,
      seatsPerYear: offers.seatsPerYear,
      dailyStart: offers.dailyStart,
      dailyEnd: offers.dailyEnd,
      lunchBreakMinutes: offers.lunchBreakMinutes,
      lunch: offers.lunch,
      accessibleToDisabled: offers.accessibleToDisabled,
      accessibilityDetails: offers.accessibilityDetails,
      isReserved: offers.isReserved,
      tutorName: offers.tutorName,
      tutorRole: offers.tutorRole,
      moderatedAt: offers.moderatedAt,
      moderationReason: offers.moderationReason,
      managed: managed ? sql<boolean>`(${managed})` : sql<boolean>`false`,
    })
    .from(offers)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .leftJoin(sectors, eq(sectors.id, offers.sectorId))
    .leftJoin(operators, eq(operators.id, offers.operatorId))
    .where(and(eq(offers.id, offerId), managed ? or(managed, visible) : visible));
  if (!row) return null;

  const [weeks, held, reservation] = await Promise.all([
    db
      .select({ week: offerWeeks.week })
      .from(offerWeeks)
      .where(and(eq(offerWeeks.offerId, offerId), futureWeekSql(offerWeeks.week, today)))
      .orderBy(asc(offerWeeks.week)),
    heldSeats(db, offerId),
    actor?.schoolId && canRequestReservation(actor) ? reservationOf(db, offerId, actor.schoolId) : null,
  ]);
  const dailyStart = row.dailyStart?.slice(0, 5);
  const dailyEnd = row.dailyEnd?.slice(0, 5);
  const hours = dailyStart && dailyEnd ? { dailyStart, dailyEnd, lunchBreakMinutes: row.lunchBreakMinutes } : null;

  return {
    id: row.id,
    status: row.status,
    title: row.title,
    description: row.description,
    jobsDiscovered: row.jobsDiscovered,
    sector: row.sectorName ? { name: row.sectorName, onisepUrl: row.onisepUrl } : null,
    organisation: { name: row.organisationName, kind: row.organisationKind },
    publisher: row.publisher,
    street: row.street,
    postcode: row.postcode,
    commune: row.commune,
    weeks: weeks.map(({ week }) => ({
      week,
      seatsLeft: seatsLeft(row, { inWeek: held.byWeek.get(week) ?? 0, total: held.total }),
    })),
    seatsPerWeek: row.seatsPerWeek,
    seatsPerYear: row.seatsPerYear,
    hours: hours && { ...hours, presenceMinutes: dailyPresenceMinutes(hours) },
    lunch: row.lunch,
    accessibleToDisabled: row.accessibleToDisabled,
    accessibilityDetails: row.accessibilityDetails,
    isReserved: row.isReserved,
    tutor: row.managed ? { name: row.tutorName, role: row.tutorRole } : null,
    preview: row.managed,
    reservation,
    moderation:
      row.moderatedAt && (row.managed || (actor !== null && isAdmin(actor)))
        ? { at: row.moderatedAt, reason: row.moderationReason }
        : null,
  };
}

/**
 * Which offers the viewer may see besides those they manage, as a WHERE clause; null when none
 * (a pupil before the parental authorisation is recorded, or whose school is not registered or no
 * longer eligible).
 * Reporting an offer asks the same (report-mutations.ts).
 */
export async function offerVisibility(actor: SessionUser | null, db: Db): Promise<SQL | null> {
  if (actor && isAdmin(actor)) return sql`true`;
  // A suspended organisation's offers are no longer public: only their managers and the admin see them.
  const published = and(eq(offers.status, 'published'), not(organisationSuspended()))!;
  const unreserved = and(published, eq(offers.isReserved, false))!;
  if (!actor) return unreserved;
  if (actor.role === 'pupil') {
    if (!actor.schoolId) return null;
    const [school] = await db
      .select({ registeredAt: schools.registeredAt, eligible: sql<boolean>`${eligibleSchool}` })
      .from(schools)
      .where(eq(schools.id, actor.schoolId));
    if (!canSearchOffers(actor, school ?? null)) return null;
  }
  // Pupils and active staff of a school an offer is reserved for (staffRole is unset while pending).
  const ownSchool =
    actor.role === 'pupil' || (actor.role === 'school_staff' && actor.staffRole) ? actor.schoolId : undefined;
  if (!ownSchool) return unreserved;
  return and(published, visibleToSchool(ownSchool))!;
}
