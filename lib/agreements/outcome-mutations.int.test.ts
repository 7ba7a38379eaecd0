import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE } from '@/db/seed/demo-data';
import { cancelByPupil } from '@/lib/applications/mutations';
import { addDays } from '@/lib/calendar/weeks';
import { agreementSteps } from '@/lib/testing/agreement-steps';
import { applicationFixtures, NOW, W0 } from '@/lib/testing/applications';
import { completeHostPart } from './mutations';
import { getAgreementOutcome } from './outcome-queries';
import { recordOutcome, saveFeedback } from './outcome-mutations';
import { HOST_PART } from '@/lib/testing/agreement-steps';

/*
 * After the week on both databases: the school's editors or the host record whether the internship
 * took place, from the week's Monday, « completed » only when signed by all, « not held » with a
 * reason, either side replacing the other's record (audited); then the pupil's and the tutor's word.
 */

const f = applicationFixtures();
const { confirmed, complete, sign } = agreementSteps(f);

/** 8:00 in Paris on the week's Monday (7:00 UTC in winter), and the day before. */
const MONDAY = { now: new Date(`${W0}T07:00:00Z`) };
const SUNDAY = { now: new Date(`${addDays(W0, -1)}T22:00:00Z`) };

const outcomeOf = async (agreementId: string) =>
  (
    await f.db
      .select({ outcome: s.agreements.outcome, reason: s.agreements.outcomeReason, by: s.agreements.outcomeBy })
      .from(s.agreements)
      .where(eq(s.agreements.id, agreementId))
  )[0];

async function signedByAll() {
  const c = await confirmed();
  await complete(c.agreementId);
  await sign(c.agreementId, ['school', 'host', 'pupil', 'legal_representative']);
  return c;
}

describe('recording the outcome', () => {
  it('waits for the week, needs every signature to say « completed », a reason for « not held », and is replaced by a later record', async () => {
    const head = await f.actor(PEOPLE.head.id);
    const signed = await signedByAll();
    const unsigned = await confirmed();
    await complete(unsigned.agreementId);
    await sign(unsigned.agreementId, ['school', 'host']);

    expect(await recordOutcome(f.host, signed.agreementId, { outcome: 'completed' }, SUNDAY, f.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: expect.stringContaining('Le stage n’a pas encore commencé'),
    });
    expect(await recordOutcome(f.host, unsigned.agreementId, { outcome: 'completed' }, MONDAY, f.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: expect.stringContaining('signée par tous'),
    });
    expect(
      await recordOutcome(head, unsigned.agreementId, { outcome: 'not_held', reason: '  ' }, MONDAY, f.db),
    ).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'Indiquez pourquoi le stage n’a pas eu lieu.',
      fieldErrors: { reason: ['Indiquez pourquoi le stage n’a pas eu lieu.'] },
    });
    expect(await outcomeOf(unsigned.agreementId)).toEqual({ outcome: null, reason: null, by: null });

    const reason = 'L’élève était malade toute la semaine.';
    expect(await recordOutcome(head, unsigned.agreementId, { outcome: 'not_held', reason }, MONDAY, f.db)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await outcomeOf(unsigned.agreementId)).toEqual({ outcome: 'not_held', reason, by: PEOPLE.head.id });

    // The host says completed, the school corrects, the host again: the last record stands, each audited.
    expect(
      await recordOutcome(f.host, signed.agreementId, { outcome: 'completed', reason: 'ignoré' }, MONDAY, f.db),
    ).toMatchObject({ ok: true });
    expect(await outcomeOf(signed.agreementId)).toEqual({ outcome: 'completed', reason: null, by: PEOPLE.host.id });
    await recordOutcome(head, signed.agreementId, { outcome: 'not_held', reason: 'Absent.' }, MONDAY, f.db);
    expect(await outcomeOf(signed.agreementId)).toEqual({ outcome: 'not_held', reason: 'Absent.', by: PEOPLE.head.id });
    await recordOutcome(f.host, signed.agreementId, { outcome: 'completed' }, MONDAY, f.db);
    expect(await outcomeOf(signed.agreementId)).toMatchObject({ outcome: 'completed', by: PEOPLE.host.id });
    const audited = await f.db
      .select({ actorId: s.auditLog.actorId, details: s.auditLog.details })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'agreement.outcome_recorded'), eq(s.auditLog.targetId, signed.agreementId)))
      .orderBy(s.auditLog.createdAt);
    expect(audited.map((row) => [row.actorId, row.details])).toEqual([
      [PEOPLE.host.id, { outcome: 'completed', previous: null, side: 'host' }],
      [PEOPLE.head.id, { outcome: 'not_held', previous: 'completed', side: 'school' }],
      [PEOPLE.host.id, { outcome: 'completed', previous: 'not_held', side: 'host' }],
    ]);

    // The parts are closed once the outcome is recorded.
    expect(await completeHostPart(f.host, signed.agreementId, HOST_PART, MONDAY, f.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('is for the school’s editors and the host only, not a suspended host, and never on a cancelled convention', async () => {
    const signed = await signedByAll();
    const completed = { outcome: 'completed' } as const;
    for (const id of [PEOPLE.publicHost.id, PEOPLE.teacher.id, PEOPLE.headMarseille.id, PEOPLE.admin.id])
      expect(await recordOutcome(await f.actor(id), signed.agreementId, completed, MONDAY, f.db)).toMatchObject({
        code: 'NOT_FOUND',
      });
    expect(await recordOutcome(signed.pupil, signed.agreementId, completed, MONDAY, f.db)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await recordOutcome(
        { ...f.host, suspension: { reason: 'Vérification' } },
        signed.agreementId,
        completed,
        MONDAY,
        f.db,
      ),
    ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Vérification') });
    expect(await recordOutcome(f.host, 'pas-un-id', completed, MONDAY, f.db)).toMatchObject({ code: 'NOT_FOUND' });

    const canceled = await confirmed();
    await cancelByPupil(
      canceled.pupil,
      { applicationId: canceled.applicationId, reason: 'Je déménage.' },
      { now: NOW },
      f.db,
    );
    const head = await f.actor(PEOPLE.head.id);
    expect(
      await recordOutcome(head, canceled.agreementId, { outcome: 'not_held', reason: 'Annulé.' }, MONDAY, f.db),
    ).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: expect.stringContaining('annulée') });
    expect(await outcomeOf(signed.agreementId)).toMatchObject({ outcome: null });
  });
});

describe('the pupil’s and the tutor’s word', () => {
  it('comes after a completed internship, 1 to 1 000 characters, one each, replaced when written again', async () => {
    const head = await f.actor(PEOPLE.head.id);
    const signed = await signedByAll();
    const { agreementId, pupil } = signed;
    expect(await saveFeedback(pupil, agreementId, 'Super stage !', MONDAY, f.db)).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      message: expect.stringContaining('Tu pourras donner ton avis'),
    });
    let view = (await getAgreementOutcome(head, agreementId, W0, f.db))!;
    expect(view).toMatchObject({ weekStarted: true, signed: true, outcome: null, can: { recordOutcome: true } });
    expect((await getAgreementOutcome(head, agreementId, addDays(W0, -1), f.db))!.can.recordOutcome).toBe(false);

    await recordOutcome(head, agreementId, { outcome: 'completed' }, MONDAY, f.db);
    expect(await saveFeedback(pupil, agreementId, '   ', MONDAY, f.db)).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { body: ['Écris ton avis.'] },
    });
    expect(await saveFeedback(f.host, agreementId, 'x'.repeat(1001), MONDAY, f.db)).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { body: ['1 000 caractères au plus.'] },
    });
    expect(await saveFeedback(pupil, agreementId, 'Super stage !', MONDAY, f.db)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await saveFeedback(pupil, agreementId, ' J’ai adoré les tournées. ', MONDAY, f.db)).toMatchObject({
      ok: true,
    });
    expect(await saveFeedback(f.host, agreementId, 'Élève curieuse et ponctuelle.', MONDAY, f.db)).toMatchObject({
      ok: true,
    });
    // Nobody else writes one: the school, another pupil, another host.
    const [other] = await f.pupils(1);
    expect(await saveFeedback(head, agreementId, 'Bien.', MONDAY, f.db)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await saveFeedback(other!, agreementId, 'Bien.', MONDAY, f.db)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await saveFeedback(await f.actor(PEOPLE.publicHost.id), agreementId, 'Bien.', MONDAY, f.db)).toMatchObject({
      code: 'NOT_FOUND',
    });

    const rows = await f.db
      .select({
        author: s.agreementFeedback.author,
        body: s.agreementFeedback.body,
        by: s.agreementFeedback.authorUserId,
      })
      .from(s.agreementFeedback)
      .where(eq(s.agreementFeedback.agreementId, agreementId))
      .orderBy(s.agreementFeedback.author);
    expect(rows).toEqual([
      { author: 'pupil', body: 'J’ai adoré les tournées.', by: pupil.id },
      { author: 'tutor', body: 'Élève curieuse et ponctuelle.', by: PEOPLE.host.id },
    ]);

    view = (await getAgreementOutcome(pupil, agreementId, W0, f.db))!;
    expect(view).toMatchObject({
      outcome: { value: 'completed', reason: null, by: 'school' },
      feedback: { pupil: { body: 'J’ai adoré les tournées.' }, tutor: { body: 'Élève curieuse et ponctuelle.' } },
      can: { recordOutcome: false, feedbackAs: 'pupil' },
    });
    expect((await getAgreementOutcome(f.host, agreementId, W0, f.db))!.can).toEqual({
      recordOutcome: true,
      feedbackAs: 'tutor',
    });
    expect((await getAgreementOutcome(head, agreementId, W0, f.db))!.can).toEqual({
      recordOutcome: true,
      feedbackAs: null,
    });
    expect(await getAgreementOutcome(other!, agreementId, W0, f.db)).toBeNull();
  });
});
