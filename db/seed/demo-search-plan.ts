import { createRandom, type Random } from '@/lib/random';
import { isValidSiretChecksum } from '@/lib/geo/siret';
import { foldText } from '@/lib/text/fold';
import type * as s from '../schema';
import { SECTORS } from './data/sectors';
import { MINISTRIES } from './data/targets';
import { demoId } from './demo-data';
import { CLOSINGS, EMPLOYERS, employerName, type Employer, type OfferText } from './demo-employers';
import { FIRST_NAMES, LAST_NAMES } from './demo-names';
import { offerPlaces, type Area, type OfferPlace } from './demo-places';

/*
 * The demo campaign's few hundred search offers, drawn from a fixed seed so every demo server
 * shows the same ones: which employer, where, which weeks, how many seats, reserved for a collège
 * or full. Pure: demo-search-offers.ts inserts the plan and the pupils holding the full seats.
 */

export type PoolArea = Exclude<Area, 'far'>;

/**
 * Demo weeks (indexes) on which pupils of each area hold seats: offers there can be full on them.
 * The weeks the demo classes search (Saint-Denis 3e A: 0 and 1, 3e B: 2; Marseille 3e 1: 1 and 3), so
 * that their searches meet full weeks.
 */
export const POOL_WEEKS: Record<PoolArea, readonly number[]> = { idf: [0, 1, 2], marseille: [1, 3] };

/** How likely an offer is on each demo week: week 1 is common, weeks 0 and 3 rarer, so a class's other week finds more. */
const WEEK_ODDS = [0.3, 0.75, 0.5, 0.25, 0.5, 0.4];

/** Schools an area's reserved offers are for (the registered collège more often than the others). */
const RESERVED_FOR: Record<PoolArea, readonly number[]> = {
  idf: [101, 101, 101, 102, 103],
  marseille: [104, 104, 104, 105, 106],
};

type Role = 'open' | 'reserved' | 'full' | 'partlyFull';
interface Forced {
  role: Role;
  weeks: number[];
  fullWeeks: number[];
}
/**
 * Near the registered collèges, one offer full on every week and one full on one week only, so the
 * demo always shows both (the n-th offer drawn in the commune).
 */
const FORCED: Record<string, Forced> = {
  '93066#0': { role: 'full', weeks: [0, 1], fullWeeks: [0, 1] },
  '93066#1': { role: 'partlyFull', weeks: [0, 1], fullWeeks: [0] },
  '13203#0': { role: 'partlyFull', weeks: [1, 3], fullWeeks: [1] },
};

const STREETS = [
  'rue de la République',
  'avenue Jean-Jaurès',
  'boulevard Gambetta',
  'rue Victor-Hugo',
  'place de la Libération',
  'rue Pasteur',
  'avenue du Général-de-Gaulle',
  'rue des Écoles',
  'rue Jean-Moulin',
  'allée des Tilleuls',
  'rue de la Gare',
  'rue Émile-Zola',
  'avenue Paul-Vaillant-Couturier',
  'chemin des Vignes',
] as const;

/** [start, end, lunch break in minutes]: at most 7 hours of presence a day (Annex 3). */
const HOURS = [
  ['08:30', '16:00', 60],
  ['09:00', '17:00', 60],
  ['09:00', '16:30', 60],
  ['08:00', '15:00', 45],
  ['10:00', '17:30', 60],
  ['09:30', '16:30', 60],
] as const;

export interface HeldSeat {
  offerId: string;
  area: PoolArea;
  weekIndex: number;
}

export interface SearchOffersPlan {
  paqteGroups: (typeof s.paqteGroups.$inferInsert)[];
  organisations: (typeof s.hostOrganisations.$inferInsert)[];
  offers: (typeof s.offers.$inferInsert)[];
  offerWeeks: (typeof s.offerWeeks.$inferInsert)[];
  reservations: (typeof s.offerReservations.$inferInsert)[];
  /** One pupil per seat: accepted or confirmed applications fill these offers' weeks. */
  heldSeats: HeldSeat[];
}

export function planSearchOffers({
  today,
  schoolYear,
  weeks,
}: {
  today: Date;
  schoolYear: number;
  weeks: readonly string[];
}): SearchOffersPlan {
  const random = createRandom(2026);
  const sectorIds = new Map<string, string>(SECTORS.map((sector) => [sector.name, sector.id]));
  const ministryIds = new Map<string, string>(MINISTRIES.map((ministry) => [ministry.name, ministry.id]));
  const groupNames = [...new Set(EMPLOYERS.flatMap((employer) => (employer.paqte ? [employer.paqte] : [])))];
  const paqteGroups = groupNames.map((name, i) => ({ id: demoId(302 + i), name }));
  const groupIds = new Map(paqteGroups.map((group) => [group.name, group.id]));

  const plan: SearchOffersPlan = {
    paqteGroups,
    organisations: [],
    offers: [],
    offerWeeks: [],
    reservations: [],
    heldSeats: [],
  };
  const hosts = new Map<string, Host>();
  // Every kind of employer at least once around each collège, so each sector filter finds something there.
  const unseen: Record<Area, Employer[]> = {
    idf: random.sample(EMPLOYERS, EMPLOYERS.length),
    marseille: random.sample(EMPLOYERS, EMPLOYERS.length),
    far: [],
  };
  const drawnIn = new Map<string, number>();

  offerPlaces(random).forEach((place, i) => {
    // Half the time, an employer already drawn in the commune posts its other offer (a town hall's
    // registry office and its technical services): organisations with several offers.
    const sameCommune = [...hosts.values()].filter((h) => h.commune === place.commune && h.unused.length > 0);
    let host = sameCommune.length > 0 && random.chance(0.5) ? random.pick(sameCommune) : undefined;
    if (!host) {
      const employer = pickEmployer(random, place, unseen[place.area]);
      const name = employerName(random.pick(employer.names), place.commune);
      host = hosts.get(`${name}|${place.commune}`);
      if (!host) {
        host = { id: demoId(3001 + hosts.size), employer, commune: place.commune, unused: [...employer.offers] };
        hosts.set(`${name}|${place.commune}`, host);
        plan.organisations.push({
          id: host.id,
          kind: employer.kind,
          name,
          siret: employer.kind === 'private' ? siret(random) : null,
          ministryId: employer.ministry ? ministryIds.get(employer.ministry)! : null,
          paqteGroupId: employer.paqte ? groupIds.get(employer.paqte)! : null,
          commune: place.commune,
          postcode: place.postcode,
          departmentCode: place.departmentCode,
        });
      }
    }
    const { employer, id: organisationId } = host;
    const [title, description, jobs] =
      host.unused.length > 0
        ? host.unused.splice(random.int(0, host.unused.length - 1), 1)[0]!
        : random.pick(employer.offers);

    const nth = drawnIn.get(place.communeCode) ?? 0;
    drawnIn.set(place.communeCode, nth + 1);
    const shape = FORCED[`${place.communeCode}#${nth}`] ?? drawShape(random, place.area);
    const collective = employer.seats[1] > 1 && random.chance(0.6);
    const seatsPerWeek =
      shape.role === 'open' || shape.role === 'reserved'
        ? collective
          ? random.int(Math.max(2, employer.seats[0]), employer.seats[1])
          : employer.seats[0]
        : Math.min(employer.seats[1], collective ? 2 : 1);
    const allSeats = seatsPerWeek * shape.weeks.length;
    const seatsPerYear = shape.role === 'open' && random.chance(0.3) ? random.int(seatsPerWeek, allSeats) : allSeats;

    const id = demoId(10_001 + i);
    const [first] = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const [dailyStart, dailyEnd, lunchBreakMinutes] = random.pick(HOURS);
    plan.offers.push({
      id,
      organisationId,
      schoolYear,
      status: 'published',
      publishedAt: new Date(today.getTime() - random.int(2, 60) * 86_400_000),
      title,
      description: `${description} ${random.pick(CLOSINGS)}`,
      jobsDiscovered: jobs,
      sectorId: sectorIds.get(employer.sector)!,
      ministryId: employer.ministry ? ministryIds.get(employer.ministry)! : null,
      paqteGroupId: employer.paqte ? groupIds.get(employer.paqte)! : null,
      street: `${random.int(1, 80)} ${random.pick(STREETS)}`,
      postcode: place.postcode,
      commune: place.commune,
      communeCode: place.communeCode,
      departmentCode: place.departmentCode,
      lat: place.lat,
      lng: place.lng,
      tutorName: `${first} ${last}`,
      tutorEmail: `${emailPart(first)}.${emailPart(last)}@demo.test`,
      seatsPerWeek,
      seatsPerYear,
      dailyStart,
      dailyEnd,
      lunchBreakMinutes,
      lunch: random.weighted({ canteen_invitation: 4, reduced_rate: 3, none: 3 }),
      accessibleToDisabled: random.chance(0.4),
      isReserved: shape.role === 'reserved',
    });
    plan.offerWeeks.push(...shape.weeks.map((w) => ({ offerId: id, week: weeks[w]! })));
    if (shape.role === 'reserved' && place.area !== 'far')
      plan.reservations.push({
        offerId: id,
        schoolId: demoId(random.pick(RESERVED_FOR[place.area])),
        status: 'accepted',
      });
    if (place.area !== 'far')
      for (const weekIndex of shape.fullWeeks)
        for (let seat = 0; seat < seatsPerWeek; seat++)
          plan.heldSeats.push({ offerId: id, area: place.area, weekIndex });
  });
  return plan;
}

/** An organisation being planned, with the offer texts of its kind it has not posted yet. */
interface Host {
  id: string;
  employer: Employer;
  commune: string;
  unused: OfferText[];
}

/**
 * The next kind of employer not yet drawn in the area that fits the place, then a weighted draw
 * among those that fit (no factory in the middle of Paris).
 */
function pickEmployer(random: Random, place: OfferPlace, unseen: Employer[]): Employer {
  const fits = (employer: Employer) => !(employer.outskirts && place.inCity);
  const next = unseen.findIndex(fits);
  if (next >= 0) return unseen.splice(next, 1)[0]!;
  const fitting = EMPLOYERS.filter(fits);
  const weights = Object.fromEntries(fitting.map((employer, i) => [String(i), employer.weight ?? 1]));
  return fitting[Number(random.weighted(weights))]!;
}

/** Reserved, full or open, and on which weeks; full weeks are among those the area's pupils hold seats on. */
function drawShape(random: Random, area: Area): Forced {
  const roll = random.next();
  if (area !== 'far' && roll < 0.05) {
    const weeks = random.sample(POOL_WEEKS[area], random.int(1, 2)).sort(byNumber);
    return { role: 'full', weeks, fullWeeks: weeks };
  }
  if (area !== 'far' && roll < 0.12) {
    const full = random.pick(POOL_WEEKS[area]);
    const others = random.sample(
      [0, 1, 2, 3, 4, 5].filter((w) => w !== full),
      random.int(1, 2),
    );
    return { role: 'partlyFull', weeks: [full, ...others].sort(byNumber), fullWeeks: [full] };
  }
  const weeks = WEEK_ODDS.flatMap((odds, w) => (random.chance(odds) ? [w] : []));
  const role = area !== 'far' && roll < 0.2 ? 'reserved' : 'open';
  return { role, weeks: weeks.length ? weeks : [1], fullWeeks: [] };
}

const byNumber = (a: number, b: number) => a - b;

/** Thirteen digits and the one that passes the checks the host sign-up applies. */
function siret(random: Random): string {
  const stem = Array.from({ length: 13 }, () => random.int(0, 9)).join('');
  return [...'0123456789'].map((digit) => stem + digit).find(isValidSiretChecksum)!;
}

export function emailPart(name: string): string {
  return foldText(name).replace(/[^a-z]/g, '');
}
