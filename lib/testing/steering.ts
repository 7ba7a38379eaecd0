import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import * as s from '@/db/schema';
import { DEMO_SECTORS } from '@/db/seed/demo-data';

/*
 * A small campaign for the steering dashboards' tests (lib/steering), school year 2032 (2032-2033),
 * over two regions: Île-de-France ('11': 93 and 94 in the académie de Créteil, 75 without school)
 * and Provence-Alpes-Côte d'Azur ('93': 13). Sector A = logistics, B = computing.
 *
 * Schools (registered): S1 Anne Frank (93, REP+), S2 Berthe Morisot (93, REP), S3 Camille Claudel
 * (94, REP+), S4 Vieux-Port (13, REP). Classes of 2032: C1 (S1, W1 and W2), C2 (S2, W1), C3 (S3,
 * W2), C4 (S4, W1); and a class of 2031 in S1 (one pupil, one confirmed internship: other campaign).
 *
 * Pupils (gender, parental consent):
 *   S1/C1: p1 girl ✓, p2 boy ✓, p3 not stated ✓, p4 girl ✗, p5 boy awaiting confirmation (not counted);
 *   S2/C2: p6 boy ✓, p7 girl ✓;  S3/C3: p8 girl ✓, p9 not stated ✗;  S4/C4: p10 boy ✓, p11 girl ✓.
 *
 * Offers posted (published, 2032):
 *   O1 public (ministry M1) in 93, A, 1 seat a week on W1 W2 W3, 3 a year     -> min(3, 1 × 3) = 3 seats
 *   O2 private (PAQTE group G) in 93, B, collective 4 a week on W1 W2, 6 a year -> min(6, 4 × 2) = 6 seats
 *   O3 private in 94, A, 2 a week on W2, reserved for S1 and S3               -> min(2, 2 × 1) = 2 seats
 *   O4 association in 13, B, 1 a week on W1 W2, 2 a year                      -> min(2, 1 × 2) = 2 seats
 *   O5 public (ministry M2) in 13, A, 3 a week on W1, 3 a year                -> min(3, 3 × 1) = 3 seats
 * Not posted: a draft, an unpublished and an archived offer in 93, a suspended organisation's
 * published offer in 93, and O0, a published offer of 2031 in 93.
 *
 * Applications (offer, week, status):
 *   1 p1 O1 W1 confirmed, convention completed   2 p1 O2 W2 submitted
 *   3 p2 O2 W1 confirmed                           4 p3 O2 W1 confirmed
 *   5 p3 O3 W2 accepted                            6 p6 O1 W2 cancelled by the host after confirmation
 *   7 p6 O2 W1 rejected                            8 p7 O4 W1 confirmed (a pupil of 93 at an offer in 13)
 *   9 p8 O3 W2 confirmed                          10 p10 O5 W1 confirmed
 *  11 p11 O5 W1 submitted                         12 p11 O1 W3 expired
 *
 * Targets of 2032: France 100 (50/50); Île-de-France printed 61 (30/31), its departments 93: 30
 * (15/15), 94: 20 (10/10), 75: 10 (5/5); PACA 40 (20/20), 13: 40 (20/20). Annex 2: M1 8.
 */

export const YEAR = 2032;
export const [W1, W2, W3] = ['2032-11-15', '2032-11-22', '2032-11-29'] as const;
export const IDF = '11';
export const PACA = '93';
export const CRETEIL = '24';
export const SECTOR_A = DEMO_SECTORS.logistics;
export const SECTOR_B = DEMO_SECTORS.computing;

export interface SteeringFixture {
  schools: { s1: string; s2: string; s3: string; s4: string };
  classes: { c1: string };
  ministries: { m1: string; m2: string };
  paqteGroup: string;
}

export async function seedSteering(db: Db): Promise<SteeringFixture> {
  let serial = 0;
  const at = new Date('2032-11-10T08:00:00Z');

  const [m1, m2, group] = [randomUUID(), randomUUID(), randomUUID()];
  await db.insert(s.ministries).values([
    { id: m1, name: 'Ministère de l’essai' },
    { id: m2, name: 'Ministère du contrôle' },
  ]);
  await db.insert(s.paqteGroups).values({ id: group, name: 'Groupe du pacte' });
  const [campaign] = await db
    .insert(s.campaigns)
    .values({ schoolYear: YEAR, label: '2032-2033', startsOn: '2032-09-01', endsOn: '2033-05-31' })
    .returning({ id: s.campaigns.id });
  const campaignId = campaign!.id;
  const target = (level: 'national' | 'region' | 'department', code: string | null, total: number, pub: number) => ({
    campaignId,
    level,
    territoryCode: code,
    publishedName: code ?? 'France',
    total,
    public: pub,
    private: total - pub,
  });
  await db
    .insert(s.territoryTargets)
    .values([
      target('national', null, 100, 50),
      target('region', IDF, 61, 30),
      target('department', '93', 30, 15),
      target('department', '94', 20, 10),
      target('department', '75', 10, 5),
      target('region', PACA, 40, 20),
      target('department', '13', 40, 20),
    ]);
  await db.insert(s.ministryTargets).values({ campaignId, ministryId: m1, public: 8 });

  async function school(name: string, departmentCode: string, network: 'rep_plus' | 'rep') {
    const id = randomUUID();
    const uai = `0${departmentCode}88${String(++serial).padStart(2, '0')}Y`;
    await db.insert(s.schools).values({ id, uai, name, commune: name, departmentCode, network, registeredAt: at });
    return id;
  }
  async function schoolClass(schoolId: string, weeks: string[], schoolYear = YEAR) {
    const id = randomUUID();
    await db.insert(s.schoolClasses).values({ id, schoolId, schoolYear, name: `3e ${++serial}` });
    await db.insert(s.classInternshipWeeks).values(weeks.map((week) => ({ classId: id, week })));
    return id;
  }
  type Gender = 'girl' | 'boy' | 'not_stated';
  async function pupil(schoolId: string, classId: string, gender: Gender, consent: boolean, pending = false) {
    const id = randomUUID();
    await db.insert(s.users).values({
      id,
      email: `eleve-pilotage-${++serial}@exemple.fr`,
      role: 'pupil',
      firstName: 'Élève',
      lastName: `Pilotage ${serial}`,
      status: pending ? 'pending' : 'active',
    });
    await db.insert(s.pupils).values({ userId: id, schoolId, classId, gender, parentalConsentAt: consent ? at : null });
    return id;
  }

  const s1 = await school('Collège Anne Frank', '93', 'rep_plus');
  const s2 = await school('Collège Berthe Morisot', '93', 'rep');
  const s3 = await school('Collège Camille Claudel', '94', 'rep_plus');
  const s4 = await school('Collège du Vieux-Port', '13', 'rep');
  const [c1, c2, c3, c4] = [
    await schoolClass(s1, [W1, W2]),
    await schoolClass(s2, [W1]),
    await schoolClass(s3, [W2]),
    await schoolClass(s4, [W1]),
  ];
  const p1 = await pupil(s1, c1, 'girl', true);
  const p2 = await pupil(s1, c1, 'boy', true);
  const p3 = await pupil(s1, c1, 'not_stated', true);
  await pupil(s1, c1, 'girl', false);
  await pupil(s1, c1, 'boy', true, true);
  const p6 = await pupil(s2, c2, 'boy', true);
  const p7 = await pupil(s2, c2, 'girl', true);
  const p8 = await pupil(s3, c3, 'girl', true);
  await pupil(s3, c3, 'not_stated', false);
  const p10 = await pupil(s4, c4, 'boy', true);
  const p11 = await pupil(s4, c4, 'girl', true);
  const old = await pupil(s1, await schoolClass(s1, ['2031-11-17'], YEAR - 1), 'girl', true);

  const host = async (
    kind: 'public' | 'private' | 'association',
    fields: Partial<typeof s.hostOrganisations.$inferInsert> = {},
  ) => {
    const id = randomUUID();
    await db.insert(s.hostOrganisations).values({ id, kind, name: `Structure ${++serial}`, ...fields });
    return id;
  };
  const public1 = await host('public', { ministryId: m1 });
  const public2 = await host('public', { ministryId: m2 });
  const groupHost = await host('private', { paqteGroupId: group });
  const company = await host('private');
  const association = await host('association');
  const suspended = await host('private', { suspendedAt: at, suspensionReason: 'Offres trompeuses' });

  async function offer(
    organisationId: string,
    departmentCode: string,
    sectorId: string,
    seatsPerWeek: number,
    seatsPerYear: number,
    weeks: string[],
    fields: Partial<typeof s.offers.$inferInsert> = {},
  ) {
    const id = randomUUID();
    await db.insert(s.offers).values({
      id,
      organisationId,
      sectorId,
      schoolYear: YEAR,
      title: `Offre ${++serial}`,
      departmentCode,
      lat: departmentCode === '13' ? 43.296 : 48.9,
      lng: departmentCode === '13' ? 5.37 : 2.4,
      dailyStart: '09:00',
      dailyEnd: '16:00',
      status: 'published',
      publishedAt: at,
      seatsPerWeek,
      seatsPerYear,
      ...fields,
    });
    await db.insert(s.offerWeeks).values(weeks.map((week) => ({ offerId: id, week })));
    return id;
  }
  const o1 = await offer(public1, '93', SECTOR_A, 1, 3, [W1, W2, W3], { ministryId: m1 });
  const o2 = await offer(groupHost, '93', SECTOR_B, 4, 6, [W1, W2], { paqteGroupId: group });
  const o3 = await offer(company, '94', SECTOR_A, 2, 2, [W2], { isReserved: true });
  await db.insert(s.offerReservations).values([
    { offerId: o3, schoolId: s1 },
    { offerId: o3, schoolId: s3 },
  ]);
  const o4 = await offer(association, '13', SECTOR_B, 1, 2, [W1, W2]);
  const o5 = await offer(public2, '13', SECTOR_A, 3, 3, [W1], { ministryId: m2 });
  await offer(company, '93', SECTOR_A, 5, 5, [W1], { status: 'draft', publishedAt: null });
  await offer(company, '93', SECTOR_A, 5, 5, [W1], { status: 'unpublished' });
  await offer(company, '93', SECTOR_A, 5, 5, [W1], { status: 'archived' });
  await offer(suspended, '93', SECTOR_A, 5, 5, [W1]);
  const o0 = await offer(public1, '93', SECTOR_A, 1, 1, ['2031-11-17'], { schoolYear: YEAR - 1, ministryId: m1 });

  const rows: (typeof s.applications.$inferInsert)[] = [
    { pupilId: p1, offerId: o1, week: W1, status: 'confirmed' },
    { pupilId: p1, offerId: o2, week: W2, status: 'submitted' },
    { pupilId: p2, offerId: o2, week: W1, status: 'confirmed' },
    { pupilId: p3, offerId: o2, week: W1, status: 'confirmed' },
    { pupilId: p3, offerId: o3, week: W2, status: 'accepted' },
    { pupilId: p6, offerId: o1, week: W2, status: 'canceled_by_host', cancellationReason: 'Fermeture' },
    { pupilId: p6, offerId: o2, week: W1, status: 'rejected', rejectionReason: 'Complet' },
    { pupilId: p7, offerId: o4, week: W1, status: 'confirmed' },
    { pupilId: p8, offerId: o3, week: W2, status: 'confirmed' },
    { pupilId: p10, offerId: o5, week: W1, status: 'confirmed' },
    { pupilId: p11, offerId: o5, week: W1, status: 'submitted' },
    { pupilId: p11, offerId: o1, week: W3, status: 'expired' },
    { pupilId: old, offerId: o0, week: '2031-11-17', status: 'confirmed' },
  ];
  const ids = rows.map(() => randomUUID());
  await db.insert(s.applications).values(rows.map((row, i) => ({ ...row, id: ids[i]! })));
  const facts = {} as s.AgreementFacts;
  await db.insert(s.agreements).values([
    { applicationId: ids[0]!, facts, outcome: 'completed', outcomeAt: at },
    { applicationId: ids[5]!, facts, canceledAt: at, cancellationReason: 'Fermeture' },
    { applicationId: ids[12]!, facts, outcome: 'completed', outcomeAt: at },
  ]);

  return { schools: { s1, s2, s3, s4 }, classes: { c1 }, ministries: { m1, m2 }, paqteGroup: group };
}
