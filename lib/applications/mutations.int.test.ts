import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE } from '@/db/seed/demo-data';
import { applicationFixtures, LETTER, NOW, race, TODAY, W0, W1, W2 } from '@/lib/testing/applications';
import { answerApplication } from './answer-mutations';
import { apply, cancelByPupil, confirmApplication, saveCv } from './mutations';

/*
 * Applying and answering on both databases: a seat is never held twice, whatever the concurrency
 * (the database decides: PostgreSQL runs the races for real, PGlite one request after the other).
 */

const f = applicationFixtures();
const { actor, pupils, offer, applyTo, accept, confirm, statuses, mailsTo } = f;

describe('applying', () => {
  it('sends the letter and the CV as it is, and tells every member of the host', async () => {
    const [pupil] = await pupils(1);
    await saveCv(
      pupil!,
      {
        subjects: 'SVT et histoire',
        activities: 'Football le mercredi',
        languages: 'Anglais, arabe',
        hopes: 'Voir un laboratoire',
        availability: '',
      },
      f.db,
    );
    const id = await applyTo(pupil!, await offer());
    const [row] = await f.db.select().from(s.applications).where(eq(s.applications.id, id));
    expect(row).toMatchObject({
      status: 'submitted',
      motivation: LETTER,
      cv: { subjects: 'SVT et histoire', hopes: 'Voir un laboratoire' },
    });
    const [mail] = await mailsTo(PEOPLE.host.email, 'application_received');
    expect(mail!.text).toContain(`/entreprise/candidatures/${id}`);
    expect(mail!.text).not.toContain(pupil!.email);
  });

  it('refuses, with a message that says why, an offer reserved for another school, a full week, a past week, a week not of the class, and twice', async () => {
    const [pupil, other] = await pupils(2, [W0, W1]);
    const reserved = await offer(1, { isReserved: true });
    const refused = (offerId: string, week: string) =>
      apply(pupil!, { offerId, week, motivation: LETTER }, { today: TODAY, now: NOW }, f.db);
    expect(await refused(reserved, W0)).toMatchObject({ ok: false, message: expect.stringContaining('plus proposée') });
    const full = await offer(1);
    expect(await accept(await applyTo(other!, full, W0))).toMatchObject({ ok: true });
    expect(await refused(full, W0)).toMatchObject({
      ok: false,
      fieldErrors: { week: [expect.stringContaining('complète')] },
    });
    expect(await refused(full, '2026-11-23')).toMatchObject({
      ok: false,
      fieldErrors: { week: [expect.stringContaining('commencée')] },
    });
    expect(await refused(full, W2)).toMatchObject({
      ok: false,
      fieldErrors: { week: [expect.stringContaining('ta classe')] },
    });
    await applyTo(pupil!, full, W1);
    expect(await refused(full, W1)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
      message: expect.stringContaining('déjà candidaté'),
    });
  });
});

describe('accepting', () => {
  it('50 acceptances at once on a week of 2 seats: exactly 2 held, 48 told the week is full', async () => {
    const offerId = await offer(2);
    const candidates = await pupils(50);
    const ids = await Promise.all(candidates.map((pupil) => applyTo(pupil, offerId)));
    const results = await race(ids.map((id) => () => accept(id)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(48);
    expect(refusals.every((r) => !r.ok && r.code === 'SEATS_HELD' && r.message.includes('places'))).toBe(true);
    expect((await statuses(ids)).filter((status) => status === 'accepted')).toHaveLength(2);
  });

  it('refuses the host of another organisation, and a pupil confirming someone else’s application', async () => {
    const [pupil, stranger] = await pupils(2);
    const id = await applyTo(pupil!, await offer());
    expect(await accept(id, await actor(PEOPLE.publicHost.id))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await accept(id)).toMatchObject({ ok: true });
    expect(await confirm(stranger!, id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const late = await confirmApplication(pupil!, id, { today: W0, now: NOW }, f.db);
    expect(late).toMatchObject({ ok: false, message: expect.stringContaining('trop tard') });
    expect(await statuses([id])).toEqual(['accepted']);
  });

  it('a refusal carries its reason to the pupil; a cancelled confirmation releases the seat', async () => {
    const [pupil] = await pupils(1);
    const offerId = await offer();
    const [refusedId, keptId] = [await applyTo(pupil!, offerId, W0), await applyTo(pupil!, offerId, W1)];
    const reason = 'Notre structure ne peut finalement pas accueillir d’élève cette semaine-là.';
    expect(await answerApplication(f.host, refusedId, { kind: 'refuse', reason }, {}, f.db)).toMatchObject({
      ok: true,
    });
    expect((await mailsTo(pupil!.email, 'application_refused'))[0]!.text).toContain(reason);
    expect(await accept(keptId)).toMatchObject({ ok: true });
    expect(await answerApplication(f.host, refusedId, { kind: 'accept' }, { today: TODAY }, f.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(await confirm(pupil!, keptId)).toMatchObject({ ok: true });
    const [{ held }] = (await f.db
      .select({ held: s.offers.seatsHeld })
      .from(s.offers)
      .where(eq(s.offers.id, offerId))) as [{ held: number }];
    expect(held).toBe(1);
    expect(await cancelByPupil(pupil!, { applicationId: keptId }, {}, f.db)).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await cancelByPupil(pupil!, { applicationId: keptId, reason: 'Je déménage.' }, {}, f.db)).toMatchObject({
      ok: true,
    });
    expect(
      (await f.db.select({ held: s.offers.seatsHeld }).from(s.offers).where(eq(s.offers.id, offerId)))[0]!.held,
    ).toBe(0);
  });
});
