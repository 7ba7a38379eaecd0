import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as s from '../schema';
import { currentFingerprint } from '@/lib/agreements/document-input';
import { issueRepresentativeLinks } from '@/lib/agreements/link-mutations';
import { createAgreementForConfirmed } from '@/lib/agreements/creation-mutations';
import type { HostPart, SchoolPart } from '@/lib/agreements/rules';
import { PEOPLE, demoId } from './demo-data';

/*
 * The demo's conventions and the school's standard terms.
 */

export const DEMO_TERMS =
  'Article 1 : la présente convention organise la séquence d’observation en milieu professionnel d’un élève de troisième (code de l’éducation, articles D. 331-1 à D. 331-9).\n\nArticle 2 : l’élève reste sous statut scolaire pendant toute la séquence ; il ne perçoit aucune rémunération.\n\nArticle 3 : le chef d’établissement et le représentant de la structure d’accueil se tiennent informés de toute difficulté, absence ou accident.';

/** [convention, application, legal representative, parties who signed] */
const DEMO_AGREEMENTS = [
  // Inès Benali (3e A), week 0: signed by the head and the host, waiting for her and her mother.
  [601, 501, { fullName: 'Samia Benali', email: 'samia.benali@demo.test' }, ['school', 'host']],
  // Sarah Nguyen (3e A), the week before last: signed by all, its outcome still to record.
  [
    602,
    512,
    { fullName: 'Thi Nguyen', email: 'thi.nguyen@demo.test' },
    ['school', 'host', 'pupil', 'legal_representative'],
  ],
] as const;

/**
 * The demo's conventions, created as a pupil's confirmation creates them (createAgreementForConfirmed),
 * both parts then completed, one legal representative each, signed on the text as it stands: Inès's
 * « signing » (her mother's link e-mailed, readable on /courriels), Sarah's signed by all.
 */
export async function seedDemoAgreements(db: Db, today: Date): Promise<void> {
  await db
    .insert(s.schoolAgreementTerms)
    .values({ schoolId: demoId(101), text: DEMO_TERMS, updatedBy: PEOPLE.head.id });
  for (const [agreementN, applicationN, representative, signers] of DEMO_AGREEMENTS) {
    const agreementId = demoId(agreementN);
    const created = await createAgreementForConfirmed(db, demoId(applicationN), today);
    const [{ description }] = await db
      .select({ description: s.offers.description })
      .from(s.applications)
      .innerJoin(s.offers, eq(s.offers.id, s.applications.offerId))
      .where(eq(s.applications.id, demoId(applicationN)))
      .then((rows) => rows as [{ description: string }]);
    const hostPart: HostPart = {
      representative: { name: `${PEOPLE.host.firstName} ${PEOPLE.host.lastName}`, role: 'Directrice des opérations' },
      tutor: { name: 'Sophie Lemaire', role: 'Responsable des tournées', email: PEOPLE.host.email, phone: '' },
      activities: description,
      schedule: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '09:00', end: '17:00', lunchBreakMinutes: 60 })),
      lunch: { arrangement: 'canteen_invitation', details: 'Le déjeuner est offert au restaurant d’entreprise.' },
      insurance: { insurer: 'Assurances Mutuelles de France', policyNumber: 'RC-2026-1187' },
    };
    const [{ facts, schoolPart }] = (await db
      .update(s.agreements)
      .set({
        id: agreementId,
        hostPart: { ...hostPart },
        hostPartUpdatedAt: today,
        hostPartUpdatedBy: PEOPLE.host.id,
        schoolPartUpdatedAt: today,
        schoolPartUpdatedBy: PEOPLE.head.id,
      })
      .where(eq(s.agreements.id, created))
      .returning({ facts: s.agreements.facts, schoolPart: s.agreements.schoolPart })) as unknown as [
      { facts: s.AgreementFacts; schoolPart: SchoolPart },
    ];
    const [rep] = await db
      .insert(s.agreementLegalRepresentatives)
      .values({ agreementId, position: 1, ...representative })
      .returning({ id: s.agreementLegalRepresentatives.id });
    const fingerprint = currentFingerprint({
      facts,
      hostPart,
      schoolPart,
      legalRepresentatives: [{ position: 1, ...representative }],
    });
    const pupilName = `${facts.pupil.firstName} ${facts.pupil.lastName}`;
    const who = {
      school: { name: schoolPart.signatory.name, userId: PEOPLE.head.id, legalRepresentativeId: null },
      host: { name: hostPart.representative.name, userId: PEOPLE.host.id, legalRepresentativeId: null },
      pupil: { name: pupilName, userId: null, legalRepresentativeId: null },
      legal_representative: { name: representative.fullName, userId: null, legalRepresentativeId: rep!.id },
    };
    await db.insert(s.agreementSignatures).values(
      signers.map((party) => ({
        agreementId,
        party,
        signerName: who[party].name,
        signerUserId: who[party].userId,
        legalRepresentativeId: who[party].legalRepresentativeId,
        signedAt: today,
        ipAddress: '127.0.0.1',
        textFingerprint: fingerprint,
      })),
    );
    await issueRepresentativeLinks(db, agreementId, today);
  }
}
