import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/migrate';
import * as s from '@/db/schema';
import { addDays, type IsoDate } from '@/lib/calendar/weeks';
import { DEMAND_RADIUS_KM } from '@/lib/offers/rules';
import { ALERT_DAYS } from '@/lib/pupils/follow-up-schemas';
import { bulkInsert, type InsertRow as Row } from './bulk-insert';
import { applicationRow, SeatLedger, STATUS_WEIGHTS as NATIONAL_WEIGHTS, type Status } from './dataset-applications';
import type { BenchOffer } from './dataset-offers';
import { account, drawPupil, type BenchClass } from './dataset-schools';
import { benchEmail, daysBefore, personName, popularWeek, type BenchCampaign } from './fixtures';
import { Grid } from './grid';
import type { Place } from './places';
import type { Random } from './random';

/** The largest collège's dashboards (issue 12): 8 classes of 30 pupils, 2 000 applications. */
export interface LargeSchool {
  id: string;
  headId: string;
  classes: BenchClass[];
  /** Applications inserted (2 000 unless the offers around had too little room, at small scales). */
  applications: number;
  /** Pupils without any application, flagged when their class's first week is near. */
  pupilsWithoutApplication: number;
}

const CLASSES = 8;
const PUPILS_PER_CLASS = 30;
const APPLICATIONS = 2_000;
/** Classes whose first internship week is within ALERT_DAYS of today: the highlight has rows. */
const EARLY_CLASSES = 2;
/** A REP+ collège of Saint-Denis (93): the densest offers around, as the week picker's. */
const PLACE: Place = {
  communeCode: '93066',
  commune: 'Saint-Denis',
  departmentCode: '93',
  lat: 48.9356,
  lng: 2.3539,
};

/**
 * The national mix with fewer seats held per application (8.5 % drawn, about 90 accepted and 80
 * confirmed, fewer where the seats are taken) since a pupil here sends a dozen, and more refusals.
 */
const STATUS_WEIGHTS: Readonly<Record<Status, number>> = {
  ...NATIONAL_WEIGHTS,
  submitted: 0.3,
  read: 0.16,
  accepted: 0.045,
  confirmed: 0.04,
  rejected: 0.2,
  expired: 0.09,
  canceled_by_pupil: 0.06,
  acceptance_expired: 0.015,
  superseded: 0.07,
};

/**
 * One large registered collège with its head, 8 classes of the campaign (two starting within three
 * weeks), 30 live pupils per class (85 % authorised), and 2 000 applications of its authorised
 * pupils to published offers within 60 km, spread over every state. What the database guarantees
 * holds: one application per pupil, offer and week, one confirmed internship per pupil and week and
 * two per year, seats held within each offer's seats per week and per year as already held by the
 * national dataset (read from the database). A fifth of the authorised pupils never apply.
 */
export async function insertLargeSchool(
  db: Db,
  random: Random,
  campaign: BenchCampaign,
  offers: readonly BenchOffer[],
): Promise<LargeSchool> {
  const registeredAt = daysBefore(campaign, random, 200, 400);
  const head = { id: random.uuid(), ...personName(random) };
  const school = { id: random.uuid(), headId: head.id, classes: [] as BenchClass[] };
  const users: Row<typeof s.users>[] = [
    account(head, benchEmail('direction.grand-college', 0), 'school_staff', registeredAt),
  ];
  const classRows: Row<typeof s.schoolClasses>[] = [];
  const weekRows: Row<typeof s.classInternshipWeeks>[] = [];
  const pupilRows: Row<typeof s.pupils>[] = [];
  const soon = campaign.futureWeeks.filter((week) => week <= addDays(campaign.today, ALERT_DAYS));
  for (let index = 0; index < CLASSES; index++) {
    const first = index < EARLY_CLASSES && soon.length ? random.pick(soon) : popularWeek(random, campaign.futureWeeks);
    const weeks = [...new Set([first, ...(random.chance(0.5) ? [popularWeek(random, campaign.futureWeeks)] : [])])];
    const schoolClass: BenchClass = { id: random.uuid(), weeks: weeks.sort(), pupils: [] };
    classRows.push({
      id: schoolClass.id,
      schoolId: school.id,
      schoolYear: campaign.schoolYear,
      name: `3e ${'ABCDEFGH'[index]}`,
      mainTeacherId: null,
      inviteToken: null,
    });
    for (const week of weeks) weekRows.push({ classId: schoolClass.id, week });
    for (let n = 0; n < PUPILS_PER_CLASS; n++) {
      const { pupil, user, row } = drawPupil(random, campaign, {
        schoolId: school.id,
        classId: schoolClass.id,
        headId: head.id,
        email: benchEmail('eleve.grand-college', index * PUPILS_PER_CLASS + n),
        registeredAt,
      });
      users.push(user);
      pupilRows.push(row);
      schoolClass.pupils.push(pupil);
    }
    school.classes.push(schoolClass);
  }

  await bulkInsert(db, s.users, users);
  await bulkInsert(db, s.schools, [
    {
      id: school.id,
      uai: '0939999Z',
      name: 'Collège Gisèle Halimi',
      commune: PLACE.commune,
      postcode: '93200',
      address: null,
      departmentCode: PLACE.departmentCode,
      lat: PLACE.lat,
      lng: PLACE.lng,
      network: 'rep_plus',
      derogationApprovedAt: null,
      searchRadiusKm: DEMAND_RADIUS_KM,
      nationalSearchOpenedAt: null,
      nationalSearchOpenedBy: null,
      registeredAt,
    },
  ]);
  await bulkInsert(db, s.staffMemberships, [{ userId: head.id, schoolId: school.id, role: 'head', status: 'active' }]);
  await bulkInsert(db, s.schoolClasses, classRows);
  await bulkInsert(db, s.classInternshipWeeks, weekRows);
  await bulkInsert(db, s.pupils, pupilRows);

  const rows = await drawApplications(db, random, campaign, school.classes, offers);
  await bulkInsert(db, s.applications, rows);
  const applying = new Set(rows.map((row) => row.pupilId));
  return {
    ...school,
    applications: rows.length,
    pupilsWithoutApplication: pupilRows.length - applying.size,
  };
}

async function drawApplications(
  db: Db,
  random: Random,
  campaign: BenchCampaign,
  classes: readonly BenchClass[],
  offers: readonly BenchOffer[],
): Promise<Row<typeof s.applications>[]> {
  // Open to every collège and with a week still to come (2 % of the offers only had a past one).
  const open = offers.filter(
    (offer) =>
      offer.status === 'published' && !offer.isReserved && offer.weeks.some((week) => week >= campaign.futureWeeks[0]!),
  );
  const around = new Grid(open).within(PLACE, DEMAND_RADIUS_KM);
  if (!around.length) return [];
  // Seats the national dataset's applications already hold, per offer week and per offer.
  const ledger = new SeatLedger();
  const held = rowsOf<{ offer_id: string; week: IsoDate; week_held: number; offer_held: number }>(
    await db.execute(sql`
      select ow.offer_id, ow.week::text as week, ow.seats_held as week_held, o.seats_held as offer_held
      from offer_weeks ow join offers o on o.id = ow.offer_id
      where ow.offer_id in (select value::uuid from json_array_elements_text(${JSON.stringify(around.map((offer) => offer.id))}::json))`),
  );
  for (const row of held) ledger.alreadyHeld(row.offer_id, row.week, row.week_held, row.offer_held);

  // Authorised pupils, a fifth of whom never apply; the others apply more or less (1 to 20 shares).
  const applicants = classes.flatMap((schoolClass) =>
    schoolClass.pupils
      .filter((pupil) => pupil.consent && random.chance(0.8))
      .flatMap((pupil) => Array.from({ length: random.int(1, 20) }, () => ({ pupil, schoolClass }))),
  );
  if (!applicants.length) return [];
  const seen = new Set<string>();
  const rows: Row<typeof s.applications>[] = [];
  for (let attempt = 0; rows.length < APPLICATIONS && attempt < APPLICATIONS * 20; attempt++) {
    const { pupil, schoolClass } = random.pick(applicants);
    const offer = random.pick(around);
    const classWeeks = offer.weeks.filter((week) => schoolClass.weeks.includes(week));
    // Most applications are for the class's weeks; the others for a week the pupil arranged.
    if (!classWeeks.length && random.chance(0.8)) continue;
    const week = classWeeks.length
      ? random.pick(classWeeks)
      : random.pick(offer.weeks.filter((offerWeek) => campaign.futureWeeks.includes(offerWeek)));
    const key = `${pupil.id}|${offer.id}|${week}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const status = ledger.settle(random.weighted(STATUS_WEIGHTS), offer, pupil.id, week);
    rows.push(applicationRow(random, campaign, { pupilId: pupil.id, offerId: offer.id, week, status }, 1, 60));
  }
  return rows;
}
