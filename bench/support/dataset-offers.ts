import type { Db } from '@/db/client';
import * as s from '@/db/schema';
import { SECTORS } from '@/db/seed/data/sectors';
import { MINISTRIES } from '@/db/seed/data/targets';
import type { IsoDate } from '@/lib/calendar/weeks';
import { bulkInsert, type InsertRow as Row } from './bulk-insert';
import { account, type BenchSchool } from './dataset-schools';
import { benchEmail, daysBefore, personName, popularWeek, type BenchCampaign } from './fixtures';
import { Grid } from './grid';
import type { createPlaceSampler, Place } from './places';
import type { Random } from './random';

export interface BenchOrganisation {
  id: string;
  /** The one host member, to act as this organisation. */
  hostUserId: string;
  offerCount: number;
}

export interface BenchOffer {
  id: string;
  organisationId: string;
  status: (typeof s.offerStatus.enumValues)[number];
  lat: number;
  lng: number;
  isReserved: boolean;
  /** Schools an accepted reservation opens this offer to. */
  reservedFor: string[];
  weeks: IsoDate[];
  seatsPerWeek: number;
  seatsPerYear: number;
}

export interface OfferCounts {
  organisations: number;
  offers: number;
  /** Offers of the first organisation, a national group: the largest dashboard. */
  bigOrganisationOffers: number;
  /** Distinct weeks still to come per offer, between both bounds. */
  weeksPerOffer: readonly [number, number];
}

const KIND_PREFIXES = {
  private: [
    'Boulangerie',
    'Garage',
    'Cabinet d’architectes',
    'Pharmacie',
    'Agence immobilière',
    'Imprimerie',
    'Hôtel',
    'Restaurant',
    'Studio graphique',
    'Menuiserie',
    'Clinique vétérinaire',
    'Logistique',
    'Agence de communication',
    'Bâtiment et travaux',
    'Laboratoire',
  ],
  public: [
    'Mairie de',
    'Commissariat de',
    'Centre des finances publiques de',
    'Hôpital de',
    'Centre de secours de',
    'Tribunal de',
    'Médiathèque de',
  ],
  association: [
    'Association sportive de',
    'Maison de quartier de',
    'Théâtre associatif de',
    'Banque alimentaire de',
    'Radio associative de',
  ],
} as const;
const TITLE_STARTS = [
  'Découvrir les métiers',
  'Une semaine au cœur du secteur',
  'Immersion',
  'Observer le quotidien des équipes',
];
const STREETS = [
  'de la République',
  'Jean Jaurès',
  'Victor Hugo',
  'du Général de Gaulle',
  'Pasteur',
  'de la Gare',
  'des Écoles',
  'de Paris',
];
const DESCRIPTION =
  'Tu suivras les équipes au quotidien : accueil du public, préparation des commandes, réunions, ' +
  'échanges avec les clients et les partenaires. Chaque jour, un professionnel différent te présentera son métier, ' +
  'son parcours et les études qui y mènent. Tu pourras poser toutes tes questions et tu repartiras avec un carnet ' +
  'de bord rempli avec ton tuteur.';

/**
 * Host organisations (one member each), their offers with weeks, seats, reservations for nearby
 * collèges and heads' reservation requests. The first organisation is a national group with
 * offers all over France; the others post near their own commune, a few posting far more than most.
 */
export async function insertOffers(
  db: Db,
  random: Random,
  places: ReturnType<typeof createPlaceSampler>,
  campaign: BenchCampaign,
  schools: BenchSchool[],
  counts: OfferCounts,
) {
  const users: Row<typeof s.users>[] = [];
  const organisationRows: Row<typeof s.hostOrganisations>[] = [];
  const members: Row<typeof s.hostMembers>[] = [];
  const organisations: (BenchOrganisation & { place: Place; ministryId: string | null })[] = [];

  for (let index = 0; index < counts.organisations; index++) {
    const place = places.draw();
    const kind = index === 0 ? 'private' : random.weighted({ private: 0.6, public: 0.2, association: 0.2 });
    const ministryId = kind === 'public' ? random.pick(MINISTRIES).id : null;
    const host = { id: random.uuid(), ...personName(random) };
    const createdAt = daysBefore(campaign, random, 90, 700);
    const organisation = { id: random.uuid(), hostUserId: host.id, offerCount: 0, place, ministryId };
    const name =
      index === 0
        ? 'Groupe national des services de proximité'
        : `${random.pick(KIND_PREFIXES[kind])} ${place.commune}`;
    const siret = kind === 'private' ? String(random.int(10_000_000, 99_999_999)).padEnd(14, String(index % 10)) : null;
    hostOrganisation(
      { users, organisations: organisationRows, members },
      {
        host,
        email: benchEmail('accueil', index),
        id: organisation.id,
        kind,
        name,
        siret,
        ministryId,
        place,
        createdAt,
      },
    );
    organisations.push(organisation);
  }

  const schoolGrid = new Grid(
    schools.map((school) => ({ id: school.id, headId: school.headId, lat: school.place.lat, lng: school.place.lng })),
  );
  const offerRows: Row<typeof s.offers>[] = [];
  const weekRows: Row<typeof s.offerWeeks>[] = [];
  const reservationRows: Row<typeof s.offerReservations>[] = [];
  const offers: BenchOffer[] = [];

  for (let index = 0; index < counts.offers; index++) {
    // The national group first, then a skewed draw: a few organisations post dozens of offers, most a handful.
    const organisation =
      index < counts.bigOrganisationOffers
        ? organisations[0]!
        : organisations[1 + Math.floor((organisations.length - 1) * random.next() ** 2)]!;
    organisation.offerCount++;
    const place =
      organisation === organisations[0] || random.chance(0.1) ? places.draw() : places.near(organisation.place);
    const status = random.weighted({ published: 0.86, draft: 0.06, unpublished: 0.04, archived: 0.04 });
    // A few offers were only for the weeks already gone: out of the search, their hosts to be told.
    const weeks =
      random.chance(0.02) && campaign.pastWeeks.length
        ? [random.pick(campaign.pastWeeks)]
        : distinctWeeks(random, campaign.futureWeeks, random.int(...counts.weeksPerOffer));
    const seatsPerWeek = Number(random.weighted({ 1: 0.55, 2: 0.2, 3: 0.15, 4: 0.1 }));
    const seatsPerYear = random.chance(0.8)
      ? seatsPerWeek * weeks.length
      : Math.max(seatsPerWeek, Math.ceil((seatsPerWeek * weeks.length) / 2));
    const sector = random.pick(SECTORS);
    const createdAt = daysBefore(campaign, random, 20, 120);
    const publishedAt = status === 'draft' ? null : daysBefore(campaign, random, 1, 20);
    const offer: BenchOffer = {
      id: random.uuid(),
      organisationId: organisation.id,
      status,
      lat: place.lat,
      lng: place.lng,
      isReserved: status === 'published' && random.chance(0.03),
      reservedFor: [],
      weeks,
      seatsPerWeek,
      seatsPerYear,
    };

    offerRows.push(
      offerRow(random, {
        id: offer.id,
        organisation,
        place,
        sector,
        index,
        schoolYear: campaign.schoolYear,
        seatsPerWeek,
        seatsPerYear,
        status,
        isReserved: offer.isReserved,
        createdAt,
        publishedAt,
      }),
    );
    for (const week of weeks) weekRows.push({ offerId: offer.id, week });

    const nearby =
      offer.isReserved || random.chance(0.01) ? random.sample(schoolGrid.within(offer, 15), random.int(1, 2)) : [];
    for (const school of nearby) {
      if (offer.isReserved) offer.reservedFor.push(school.id);
      // An unreserved offer with a pending request: a head asked the host to keep it for their pupils.
      reservationRows.push({
        offerId: offer.id,
        schoolId: school.id,
        status: offer.isReserved ? 'accepted' : 'requested',
        requestedBy: school.headId,
        createdAt,
      });
    }
    offers.push(offer);
  }

  await bulkInsert(db, s.users, users);
  await bulkInsert(db, s.hostOrganisations, organisationRows);
  await bulkInsert(db, s.hostMembers, members);
  await bulkInsert(db, s.offers, offerRows);
  await bulkInsert(db, s.offerWeeks, weekRows);
  await bulkInsert(db, s.offerReservations, reservationRows);
  return {
    organisations: organisations.map(({ id, hostUserId, offerCount }) => ({ id, hostUserId, offerCount })),
    offers,
  };
}

/** The rows of a host organisation and its one member: the member's account, the organisation, the membership. */
export function hostOrganisation(
  rows: {
    users: Row<typeof s.users>[];
    organisations: Row<typeof s.hostOrganisations>[];
    members: Row<typeof s.hostMembers>[];
  },
  {
    host,
    email,
    id,
    kind,
    name,
    siret,
    ministryId,
    place,
    createdAt,
  }: {
    host: { id: string; firstName: string; lastName: string };
    email: string;
    id: string;
    kind: (typeof s.organisationKind.enumValues)[number];
    name: string;
    siret: string | null;
    ministryId: string | null;
    place: Place;
    createdAt: Date;
  },
): void {
  rows.users.push(account(host, email, 'host', createdAt));
  rows.organisations.push({
    id,
    kind,
    name,
    siret,
    ministryId,
    paqteGroupId: null,
    commune: place.commune,
    postcode: null,
    departmentCode: place.departmentCode,
    createdAt,
    updatedAt: createdAt,
  });
  rows.members.push({ userId: host.id, organisationId: id, createdAt });
}

/** What an offer's row needs besides the draws it makes itself (tutor, title, address, hours, lunch, access). */
export interface OfferRowInput {
  id: string;
  organisation: { id: string; hostUserId: string; ministryId: string | null };
  place: Place;
  sector: { id: string; name: string };
  /** Numbers the tutor's synthetic address. */
  index: number;
  schoolYear: number;
  seatsPerWeek: number;
  seatsPerYear: number;
  status: (typeof s.offerStatus.enumValues)[number];
  isReserved: boolean;
  createdAt: Date;
  publishedAt: Date | null;
}

/** An offer's row, with its tutor, title, address, hours and lunch drawn (in that order: the dataset stays the same for a seed). */
export function offerRow(
  random: Random,
  {
    id,
    organisation,
    place,
    sector,
    index,
    schoolYear,
    seatsPerWeek,
    seatsPerYear,
    status,
    isReserved,
    createdAt,
    publishedAt,
  }: OfferRowInput,
): Row<typeof s.offers> {
  const tutor = personName(random);
  return {
    id,
    organisationId: organisation.id,
    operatorId: null,
    createdBy: organisation.hostUserId,
    ministryId: organisation.ministryId,
    paqteGroupId: null,
    sectorId: sector.id,
    schoolYear,
    title: `${random.pick(TITLE_STARTS)} : ${sector.name}`,
    description: DESCRIPTION,
    jobsDiscovered: 'Technicien, assistant, responsable d’équipe, ingénieur.',
    tutorName: `${tutor.firstName} ${tutor.lastName}`,
    tutorRole: 'Responsable d’équipe',
    tutorEmail: benchEmail('tuteur', index),
    tutorPhone: '0100000000',
    street: `${random.int(1, 120)} rue ${random.pick(STREETS)}`,
    postcode: null,
    commune: place.commune,
    communeCode: place.communeCode,
    departmentCode: place.departmentCode,
    lat: place.lat,
    lng: place.lng,
    dailyStart: random.chance(0.5) ? '09:00' : '08:30',
    dailyEnd: '16:30',
    lunchBreakMinutes: 60,
    lunch: random.weighted({ canteen_invitation: 0.4, reduced_rate: 0.3, none: 0.3 }),
    accessibleToDisabled: random.chance(0.3),
    accessibilityDetails: '',
    seatsPerWeek,
    seatsPerYear,
    status,
    isReserved,
    renewedFromId: null,
    publishedAt,
    outOfSearchNotifiedAt: null,
    createdAt,
    // The dashboard sorts by last edit by default: spread them.
    updatedAt: publishedAt ?? createdAt,
  };
}

/** `count` different weeks (all of them when fewer), popular ones more often, in order. */
function distinctWeeks(random: Random, weeks: readonly IsoDate[], count: number): IsoDate[] {
  const chosen = new Set<IsoDate>();
  while (chosen.size < Math.min(count, weeks.length)) chosen.add(popularWeek(random, weeks));
  return [...chosen].sort();
}
