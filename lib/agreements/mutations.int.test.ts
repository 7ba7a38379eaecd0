import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { DEMO_TERMS } from '@/db/seed/demo-agreement';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { answerApplication } from '@/lib/applications/answer-mutations';
import { cancelByPupil } from '@/lib/applications/mutations';
import { applicationFixtures, NOW, TODAY, W0 } from '@/lib/testing/applications';
import { completeHostPart, completeSchoolPart, saveSchoolTerms } from './mutations';
import { agreementIdOfApplication, getAgreement } from './queries';
import { hostPartSchema, type HostPartInput, type SchoolPartInput } from './schemas';

/*
 * Conventions on both databases: created when the pupil confirms, prefilled; each side completes
 * its part (the 7-hour limit refused by the schema and the database) and the other side is told;
 * the school's terms; a confirmed internship cancelled cancels its convention with the reason.
 */

const f = applicationFixtures();
const { actor, pupils, offer, applyTo, accept, confirm, mailsTo } = f;

/** A pupil of a new class of Collège Henri Barbusse with a confirmed internship at the demo host. */
async function confirmed() {
  const [pupil] = await pupils(1);
  const applicationId = await applyTo(pupil!, await offer());
  expect(await accept(applicationId)).toMatchObject({ ok: true });
  expect(await confirm(pupil!, applicationId)).toMatchObject({ ok: true });
  const agreementId = (await agreementIdOfApplication(pupil!, applicationId, f.db))!;
  return { pupil: pupil!, applicationId, agreementId };
}

const day = (d: 1 | 2 | 3 | 4 | 5, end = '16:30') => ({ day: d, start: '09:00', end, lunchBreakMinutes: 60 });
const HOST_PART: HostPartInput = {
  representative: { name: 'Sophie Lemaire', role: 'Directrice' },
  tutor: { name: 'Karim Haddad', role: 'Chef d’équipe', email: 'karim.haddad@exemple.fr', phone: '' },
  activities: 'Préparer des commandes, suivre une tournée.',
  schedule: [day(1), day(2), day(3, '12:00'), day(4), day(5)],
  lunch: { arrangement: 'none', details: 'Prévoir un repas froid : un coin repas est à disposition.' },
  insurance: { insurer: 'Assurances du Landy', policyNumber: 'RC-1234' },
};
const schoolPart = (fields: Partial<SchoolPartInput> = {}): SchoolPartInput => ({
  signatoryUserId: PEOPLE.head.id,
  referringTeacherName: 'Julien Marchand',
  referringTeacherEmail: 'professeur@demo.test',
  legalRepresentatives: [{ fullName: 'Fatou Essai', email: 'fatou.essai@exemple.fr' }],
  ...fields,
});
const at = { now: NOW };

describe('creating a convention', () => {
  it('is done by the pupil’s confirmation, prefilled from the school, the host, the offer, the pupil and the week', async () => {
    const { pupil, agreementId } = await confirmed();
    const view = (await getAgreement(pupil, agreementId, f.db))!;
    expect(view.facts).toMatchObject({
      school: { name: 'Collège Henri Barbusse', uai: '0931232J' },
      pupil: { firstName: 'Élève', lastName: pupil.lastName },
      internship: { offerTitle: 'Découvrir les métiers de la logistique urbaine', weekMonday: W0 },
    });
    expect(view.hostPart).toMatchObject({
      tutor: { name: 'Sophie Lemaire', email: 'entreprise@demo.test' },
      schedule: [1, 2, 3, 4, 5].map((d) => ({ day: d, start: '09:00', end: '16:30', lunchBreakMinutes: 60 })),
      lunch: { arrangement: 'canteen_invitation' },
    });
    expect(view.schoolPart).toMatchObject({
      signatory: { userId: PEOPLE.head.id, name: 'Nadia Belkacem' },
      terms: DEMO_TERMS,
    });
    expect(view).toMatchObject({
      state: 'to_complete',
      // The demo offer names its tutor without a role.
      missingHostFields: ['representative', 'tutor', 'insurance'],
      missingSchoolFields: ['referringTeacher', 'legalRepresentatives'],
    });
  });
});

describe('completing the parts', () => {
  it('refuses more than 7 hours a day, in the form and in the database, and says what is missing', async () => {
    const { agreementId } = await confirmed();
    const long = { ...HOST_PART, schedule: [day(1), day(2, '18:00')] };
    expect(hostPartSchema.safeParse(long).error?.issues[0]).toMatchObject({
      path: ['schedule', 1, 'end'],
      message: expect.stringContaining('Mardi : L’élève peut être présent 7 heures par jour au plus'),
    });
    await expect(completeHostPart(f.host, agreementId, long, at, f.db)).rejects.toThrow();
    const partial = { ...HOST_PART, insurance: { insurer: '', policyNumber: '' } };
    expect(await completeHostPart(f.host, agreementId, partial, at, f.db)).toEqual({
      ok: true,
      data: { missing: ['insurance'] },
    });
    expect(await mailsTo(PEOPLE.head.email, 'agreement_host_part_completed')).toEqual([]);
  });

  it('tells the other side when a part is complete; both complete, the convention is ready to sign', async () => {
    const { pupil, agreementId } = await confirmed();
    const head = await actor(PEOPLE.head.id);
    const before = (await mailsTo(PEOPLE.head.email, 'agreement_host_part_completed')).length;
    expect(await completeHostPart(f.host, agreementId, HOST_PART, at, f.db)).toEqual({
      ok: true,
      data: { missing: [] },
    });
    const told = await mailsTo(PEOPLE.head.email, 'agreement_host_part_completed');
    expect(told).toHaveLength(before + 1);
    expect(told.at(-1)!.text).toContain(`/etablissement/conventions/${agreementId}`);
    expect(told.at(-1)!.text).toContain('Il reste à compléter votre partie');

    expect(await completeSchoolPart(head, agreementId, schoolPart(), at, f.db)).toEqual({
      ok: true,
      data: { missing: [] },
    });
    const hostTold = await mailsTo(PEOPLE.host.email, 'agreement_school_part_completed');
    expect(hostTold.at(-1)!.text).toContain('la convention est prête à être signée');
    expect(hostTold.at(-1)!.text).toContain(`/entreprise/conventions/${agreementId}`);
    expect(hostTold.at(-1)!.text).not.toContain('fatou.essai');
    const view = (await getAgreement(pupil, agreementId, f.db))!;
    expect(view).toMatchObject({
      state: 'ready_to_sign',
      legalRepresentatives: [{ position: 1, fullName: 'Fatou Essai', email: 'fatou.essai@exemple.fr' }],
      schoolPart: { referringTeacher: { name: 'Julien Marchand' }, terms: DEMO_TERMS },
    });
    expect(view.missingSigners.map((signer) => signer.party)).toEqual([
      'school',
      'host',
      'pupil',
      'legal_representative',
    ]);
  });

  it('lets the school name a delegated member of its staff to sign, never someone outside it; a plain teacher cannot edit', async () => {
    const { agreementId } = await confirmed();
    const head = await actor(PEOPLE.head.id);
    const delegated = await completeSchoolPart(
      head,
      agreementId,
      schoolPart({ signatoryUserId: PEOPLE.teacher.id }),
      at,
      f.db,
    );
    expect(delegated).toMatchObject({ ok: true });
    const [row] = await f.db.select().from(s.agreements).where(eq(s.agreements.id, agreementId));
    expect(row!.schoolPart).toMatchObject({
      signatory: { name: 'Julien Marchand', role: expect.stringContaining('par délégation') },
    });
    expect(
      await completeSchoolPart(head, agreementId, schoolPart({ signatoryUserId: PEOPLE.headMarseille.id }), at, f.db),
    ).toMatchObject({ ok: false, fieldErrors: { signatoryUserId: [expect.any(String)] } });
    // The demo's main teacher follows 3e A only, not this pupil's class.
    const teacher = await actor(PEOPLE.teacher.id);
    expect(await completeSchoolPart(teacher, agreementId, schoolPart(), at, f.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await completeHostPart(head, agreementId, HOST_PART, at, f.db)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('voids the signatures given on the text when it changes, and tells those who had signed', async () => {
    // The demo's convention is signed by the head and the host.
    const agreementId = demoId(601);
    const head = await actor(PEOPLE.head.id);
    expect((await getAgreement(head, agreementId, f.db))!.state).toBe('signing');
    expect(await completeHostPart(f.host, agreementId, HOST_PART, at, f.db)).toMatchObject({ ok: true });
    const live = await f.db
      .select()
      .from(s.agreementSignatures)
      .where(eq(s.agreementSignatures.agreementId, agreementId));
    expect(live.every((signature) => signature.voidedAt !== null)).toBe(true);
    expect(await mailsTo(PEOPLE.head.email, 'agreement_signature_voided')).toHaveLength(1);
    expect(await mailsTo(PEOPLE.host.email, 'agreement_signature_voided')).toHaveLength(1);
    expect((await getAgreement(head, agreementId, f.db))!.state).toBe('ready_to_sign');
  });
});

describe('the school’s standard terms', () => {
  it('are written once by the head and updated; a convention keeps the terms it was completed with', async () => {
    const head = await actor(PEOPLE.head.id);
    const teacher = await actor(PEOPLE.teacher.id);
    expect(await saveSchoolTerms(teacher, { text: 'Autres conditions.' }, at, f.db)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { agreementId } = await confirmed();
    expect(await completeSchoolPart(head, agreementId, schoolPart(), at, f.db)).toMatchObject({ ok: true });
    expect(await saveSchoolTerms(head, { text: 'Conditions générales, version 2.' }, at, f.db)).toEqual({
      ok: true,
      data: undefined,
    });
    const rows = await f.db
      .select()
      .from(s.schoolAgreementTerms)
      .where(eq(s.schoolAgreementTerms.schoolId, demoId(101)));
    expect(rows).toMatchObject([{ text: 'Conditions générales, version 2.', updatedBy: PEOPLE.head.id }]);
    expect((await getAgreement(head, agreementId, f.db))!.schoolPart.terms).toBe(DEMO_TERMS);
    // A convention created after the update starts from the new terms.
    const later = await confirmed();
    expect((await getAgreement(head, later.agreementId, f.db))!.schoolPart.terms).toBe(
      'Conditions générales, version 2.',
    );
    await saveSchoolTerms(head, { text: DEMO_TERMS }, at, f.db);
  });
});

describe('cancelling the internship', () => {
  it('by the pupil cancels the convention with the pupil’s reason', async () => {
    const { pupil, applicationId, agreementId } = await confirmed();
    const reason = 'Je déménage à Lyon avant la semaine de stage.';
    expect(await cancelByPupil(pupil, { applicationId, reason }, at, f.db)).toMatchObject({ ok: true });
    expect(await getAgreement(pupil, agreementId, f.db)).toMatchObject({
      state: 'canceled',
      cancellation: { reason, at: NOW },
      can: { editHostPart: false, editSchoolPart: false },
    });
    expect(await completeHostPart(f.host, agreementId, HOST_PART, at, f.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('by the host cancels the convention with the host’s message', async () => {
    const { pupil, applicationId, agreementId } = await confirmed();
    const reason = 'Notre entrepôt ferme pour travaux cette semaine-là.';
    expect(
      await answerApplication(f.host, applicationId, { kind: 'cancel', reason }, { today: TODAY, now: NOW }, f.db),
    ).toMatchObject({ ok: true });
    const [row] = await f.db.select().from(s.agreements).where(eq(s.agreements.id, agreementId));
    expect(row).toMatchObject({ canceledAt: NOW, cancellationReason: reason, canceledBy: f.host.id });
    expect((await getAgreement(pupil, agreementId, f.db))!.state).toBe('canceled');
  });
});
