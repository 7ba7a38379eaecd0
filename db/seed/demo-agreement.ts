import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as s from '../schema';
import { currentFingerprint } from '@/lib/agreements/document-input';
import type { HostPart } from '@/lib/agreements/rules';
import { PEOPLE, demoId } from './demo-data';

/*
 * The demo's convention (Inès Benali's confirmed internship, application 501): facts copied as at
 * creation, both parts complete, one legal representative, the school's standard terms, and signed
 * by the head and the host: « signing », waiting for the pupil and her mother.
 */

export const DEMO_TERMS =
  'Article 1 : la présente convention organise la séquence d’observation en milieu professionnel d’un élève de troisième (code de l’éducation, articles D. 331-1 à D. 331-9).\n\nArticle 2 : l’élève reste sous statut scolaire pendant toute la séquence ; il ne perçoit aucune rémunération.\n\nArticle 3 : le chef d’établissement et le représentant de la structure d’accueil se tiennent informés de toute difficulté, absence ou accident.';

const LEGAL_REPRESENTATIVE = { fullName: 'Samia Benali', email: 'samia.benali@demo.test' };

export async function seedDemoAgreement(db: Db, today: Date): Promise<void> {
  const [row] = await db
    .select({
      school: { name: s.schools.name, uai: s.schools.uai, postcode: s.schools.postcode, commune: s.schools.commune },
      host: { name: s.hostOrganisations.name, siret: s.hostOrganisations.siret },
      hostPostcode: s.hostOrganisations.postcode,
      hostCommune: s.hostOrganisations.commune,
      offer: { title: s.offers.title, street: s.offers.street, jobs: s.offers.jobsDiscovered },
      offerPostcode: s.offers.postcode,
      offerCommune: s.offers.commune,
      description: s.offers.description,
      week: s.applications.week,
    })
    .from(s.applications)
    .innerJoin(s.offers, eq(s.offers.id, s.applications.offerId))
    .innerJoin(s.hostOrganisations, eq(s.hostOrganisations.id, s.offers.organisationId))
    .innerJoin(s.schools, eq(s.schools.id, demoId(101)))
    .where(eq(s.applications.id, demoId(501)));
  const r = row!;
  const facts: s.AgreementFacts = {
    school: {
      name: r.school.name,
      uai: r.school.uai,
      address: { street: '', postcode: r.school.postcode ?? '', commune: r.school.commune },
    },
    host: {
      name: r.host.name,
      siret: r.host.siret,
      address: { street: '', postcode: r.hostPostcode ?? '', commune: r.hostCommune ?? '' },
    },
    pupil: { firstName: 'Inès', lastName: 'Benali', className: '3e A' },
    internship: {
      offerTitle: r.offer.title,
      place: { street: r.offer.street ?? '', postcode: r.offerPostcode ?? '', commune: r.offerCommune ?? '' },
      jobsDiscovered: r.offer.jobs,
      weekMonday: r.week,
    },
  };
  const hostPart: HostPart = {
    representative: { name: `${PEOPLE.host.firstName} ${PEOPLE.host.lastName}`, role: 'Directrice des opérations' },
    tutor: { name: 'Sophie Lemaire', role: 'Responsable des tournées', email: PEOPLE.host.email, phone: '' },
    activities: r.description,
    schedule: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '09:00', end: '17:00', lunchBreakMinutes: 60 })),
    lunch: { arrangement: 'canteen_invitation', details: 'Le déjeuner est offert au restaurant d’entreprise.' },
    insurance: { insurer: 'Assurances Mutuelles de France', policyNumber: 'RC-2026-1187' },
  };
  const schoolPart = {
    signatory: { userId: PEOPLE.head.id, name: `${PEOPLE.head.firstName} ${PEOPLE.head.lastName}`, role: 'Principale' },
    referringTeacher: { name: `${PEOPLE.teacher.firstName} ${PEOPLE.teacher.lastName}`, email: PEOPLE.teacher.email },
    terms: DEMO_TERMS,
  };
  await db
    .insert(s.schoolAgreementTerms)
    .values({ schoolId: demoId(101), text: DEMO_TERMS, updatedBy: PEOPLE.head.id });
  await db.insert(s.agreements).values({
    id: demoId(601),
    applicationId: demoId(501),
    facts,
    hostPart: { ...hostPart },
    hostPartUpdatedAt: today,
    hostPartUpdatedBy: PEOPLE.host.id,
    schoolPart,
    schoolPartUpdatedAt: today,
    schoolPartUpdatedBy: PEOPLE.head.id,
    createdAt: today,
  });
  await db
    .insert(s.agreementLegalRepresentatives)
    .values({ agreementId: demoId(601), position: 1, ...LEGAL_REPRESENTATIVE });
  // Signed on the convention's text as it stands (document.ts), so that both signatures count.
  const fingerprint = currentFingerprint({
    facts,
    hostPart,
    schoolPart,
    legalRepresentatives: [{ position: 1, fullName: LEGAL_REPRESENTATIVE.fullName, email: LEGAL_REPRESENTATIVE.email }],
  });
  await db.insert(s.agreementSignatures).values(
    (['school', 'host'] as const).map((party) => {
      const who = party === 'school' ? PEOPLE.head : PEOPLE.host;
      return {
        agreementId: demoId(601),
        party,
        signerName: `${who.firstName} ${who.lastName}`,
        signerUserId: who.id,
        signedAt: today,
        ipAddress: '127.0.0.1',
        textFingerprint: fingerprint,
      };
    }),
  );
}
