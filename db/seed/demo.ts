import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';
import { communeCentre } from '@/lib/geo/communes';
import { createCampaign } from '@/lib/admin/campaign-mutations';
import type { Db } from '../client';
import * as s from '../schema';
import { CLASSES, DEMO_SCHOOLS, DEMO_SECTORS, PEOPLE, PUPILS, demoId, type DemoPerson } from './demo-data';
import { seedDemoActivity } from './demo-activity';
import { demoWeeks } from './demo-weeks';
import { seedDemoSearchOffers } from './demo-search-offers';

/**
 * Seeds a believable demo campaign on an empty database (no user yet), in one transaction.
 * Returns false when the database already has users: demo data never mixes with real data.
 */
export async function seedDemo(db: Db, today = new Date()): Promise<boolean> {
  const [{ count }] = (await db.select({ count: sql<number>`count(*)::int` }).from(s.users)) as [{ count: number }];
  if (count > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const weeks = demoWeeks(today);
  const schoolYear = weeks.schoolYear;

  await db.transaction(async (tx) => {
    // The campaign as the admin opens one: with the targets of the last campaign that has some.
    const [existing] = await tx
      .select({ id: s.campaigns.id })
      .from(s.campaigns)
      .where(eq(s.campaigns.schoolYear, schoolYear));
    if (!existing) await createCampaign(tx as unknown as Db, schoolYear);

    await tx.insert(s.schools).values(
      DEMO_SCHOOLS.map(([id, uai, name, insee, postcode, departmentCode, network, registered, [east, north]]) => {
        const centre = communeCentre(insee);
        if (!centre) throw new Error(`Commune ${insee} absente du référentiel`);
        // A few hundred metres apart for the two Marseille collèges sharing the commune's centre.
        const lat = centre.lat + north / 111;
        const lng = centre.lng + east / (111 * Math.cos((centre.lat * Math.PI) / 180));
        return {
          id,
          uai,
          name,
          commune: centre.name,
          postcode,
          departmentCode,
          network,
          lat,
          lng,
          registeredAt: registered ? today : null,
        };
      }),
    );

    const account = (p: DemoPerson, role: (typeof s.userRole.enumValues)[number]) => ({
      ...p,
      role,
      passwordHash,
      emailVerifiedAt: today,
    });
    await tx
      .insert(s.users)
      .values([
        account(PEOPLE.admin, 'admin'),
        account(PEOPLE.head, 'school_staff'),
        account(PEOPLE.teacher, 'school_staff'),
        account(PEOPLE.headMarseille, 'school_staff'),
        account(PEOPLE.host, 'host'),
        account(PEOPLE.publicHost, 'host'),
        account(PEOPLE.operator, 'operator'),
        account(PEOPLE.rep93, 'state_rep'),
        account(PEOPLE.repIdf, 'state_rep'),
        account(PEOPLE.repInterior, 'state_rep'),
        ...PUPILS.map(([p]) => account(p, 'pupil')),
      ]);
    await tx.insert(s.staffMemberships).values([
      { userId: PEOPLE.head.id, schoolId: demoId(101), role: 'head', status: 'active' },
      { userId: PEOPLE.teacher.id, schoolId: demoId(101), role: 'main_teacher', status: 'active' },
      { userId: PEOPLE.headMarseille.id, schoolId: demoId(104), role: 'head', status: 'active' },
    ]);
    await tx.insert(s.schoolClasses).values(
      Object.values(CLASSES).map(([id, schoolId, name]) => ({
        id,
        schoolId,
        name,
        schoolYear,
        mainTeacherId: id === demoId(201) ? PEOPLE.teacher.id : null,
      })),
    );
    await tx
      .insert(s.classInternshipWeeks)
      .values(
        Object.values(CLASSES).flatMap(([classId, , , indexes]) =>
          indexes.map((i) => ({ classId, week: weeks.list[i]! })),
        ),
      );
    await tx.insert(s.pupils).values(
      PUPILS.map(([p, school, classKey, gender, consent]) => ({
        userId: p.id,
        schoolId: demoId(school),
        classId: CLASSES[classKey][0],
        gender,
        parentalConsentAt: consent ? today : null,
        parentalConsentRecordedBy: consent ? PEOPLE.teacher.id : null,
      })),
    );

    const [interior] = await tx
      .select({ id: s.ministries.id })
      .from(s.ministries)
      .where(eq(s.ministries.name, 'Intérieur'));
    if (!interior)
      throw new Error('Ministère « Intérieur » absent : les données de référence doivent être chargées avant la démo.');
    await tx.insert(s.stateRepresentatives).values([
      {
        userId: PEOPLE.rep93.id,
        level: 'department',
        territoryCode: '93',
        validatedAt: today,
        validatedBy: PEOPLE.admin.id,
      },
      {
        userId: PEOPLE.repIdf.id,
        level: 'region',
        territoryCode: '11',
        validatedAt: today,
        validatedBy: PEOPLE.admin.id,
      },
      // The ministry of the prefecture's offers: its dashboard follows them wherever they are, and
      // the other ministries' public offers and the private ones of the search offers stay out of it.
      {
        userId: PEOPLE.repInterior.id,
        level: 'ministry',
        ministryId: interior.id,
        validatedAt: today,
        validatedBy: PEOPLE.admin.id,
      },
    ]);

    await seedDemoActivity(tx as unknown as Db, {
      today,
      schoolYear,
      weeks: weeks.list,
      ministryId: interior.id,
      sectors: DEMO_SECTORS,
    });
    // A few hundred more offers, under their own organisations: the demo's own rows above stay as tests know them.
    await seedDemoSearchOffers(tx as unknown as Db, { today, schoolYear, weeks: weeks.list });
  });
  return true;
}
