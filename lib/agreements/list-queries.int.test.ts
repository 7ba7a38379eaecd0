import { describe, expect, it } from 'vitest';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { applicationFixtures, W0, W1 } from '@/lib/testing/applications';
import { listAgreements, listAgreementWeeks, parseAgreementListParams, schoolSignatoryOptions } from './list-queries';

/*
 * The lists of conventions, on both databases: the demo's (Inès Benali of 3e A, signing, at the
 * demo host) and two more confirmed here, one at the demo host (a class without a main teacher) and
 * one at the public host. Each reader sees exactly those of their scope, with the derived state.
 */

const f = applicationFixtures();
const DEMO = demoId(601);

/** A pupil of a new class of Collège Henri Barbusse with a confirmed internship, at the demo host or elsewhere. */
async function confirmed(week: string, organisationId?: string) {
  const [pupil] = await f.pupils(1);
  const host = organisationId ? await f.actor(PEOPLE.publicHost.id) : undefined;
  const applicationId = await f.applyTo(pupil!, await f.offer(1, organisationId ? { organisationId } : {}), week);
  expect(await f.accept(applicationId, host)).toMatchObject({ ok: true });
  expect(await f.confirm(pupil!, applicationId)).toMatchObject({ ok: true });
  return { pupil: pupil!, applicationId };
}

const SARAH = demoId(602);
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe('listing conventions', () => {
  it('gives each reader the conventions of their scope only, with their state and who is missing', async () => {
    const atDemoHost = await confirmed(W0);
    const atPublicHost = await confirmed(W1, demoId(312));
    const list = async (id: string) => listAgreements(await f.actor(id), {}, f.db);

    const head = await list(PEOPLE.head.id);
    // The two of the demo (Inès's, Sarah's signed by all) and the two new ones.
    expect(head).toHaveLength(4);
    const demo = head.find((row) => row.id === DEMO)!;
    expect(demo).toMatchObject({
      pupilName: 'Inès Benali',
      className: '3e A',
      state: 'signing',
      // The pupil and her mother.
      missingSigners: 2,
      outcome: null,
    });
    const fresh = head.find((row) => row.applicationId === atDemoHost.applicationId)!;
    expect(fresh).toMatchObject({
      pupilName: `Élève ${atDemoHost.pupil.lastName}`,
      week: W0,
      state: 'to_complete',
      missingSigners: 3,
      offerTitle: 'Découvrir les métiers de la logistique urbaine',
    });
    // By week, then by pupil.
    expect(head.map((row) => row.week)).toEqual([...head.map((row) => row.week)].sort());

    // The host: the two at its organisation, not the public host's.
    const publicHostId = head.find((row) => row.applicationId === atPublicHost.applicationId)!.id;
    expect(ids(await list(PEOPLE.host.id))).toEqual(ids(head.filter((row) => row.id !== publicHostId)));
    const publicHost = await list(PEOPLE.publicHost.id);
    expect(publicHost.map((row) => row.applicationId)).toEqual([atPublicHost.applicationId]);

    // The pupil: hers only.
    expect((await list(PUPILS[0][0].id)).map((row) => row.id)).toEqual([DEMO]);
    expect((await listAgreements(atDemoHost.pupil, {}, f.db)).map((row) => row.id)).toEqual([fresh.id]);
    expect(await list(PUPILS[2][0].id)).toEqual([]);

    // The main teacher of 3e A: his class's only (the new classes have no main teacher).
    expect(ids(await list(PEOPLE.teacher.id))).toEqual([DEMO, SARAH].sort());

    // Nobody else: another school's head, the operator, a state representative, the admin.
    for (const id of [PEOPLE.headMarseille.id, PEOPLE.operator.id, PEOPLE.rep93.id, PEOPLE.admin.id])
      expect([id, await list(id)]).toEqual([id, []]);
  });

  it('filters on the derived state, the week and the pupil’s name (case and accents ignored, either order)', async () => {
    const head = await f.actor(PEOPLE.head.id);
    const list = (filters: Parameters<typeof listAgreements>[1]) => listAgreements(head, filters, f.db);
    expect(ids(await list({ state: 'signing' }))).toEqual([DEMO]);
    expect((await list({ state: 'to_complete' })).every((row) => row.state === 'to_complete')).toBe(true);
    expect(ids(await list({ state: 'signed' }))).toEqual([SARAH]);
    const demoWeek = (await list({ q: 'benali' }))[0]!.week;
    expect((await list({ week: demoWeek })).every((row) => row.week === demoWeek)).toBe(true);
    for (const q of ['INES', 'benali inès', 'Inès Ben', 'nali'])
      expect([q, ids(await list({ q }))]).toEqual([q, [DEMO]]);
    expect(await list({ q: 'Benali', state: 'to_complete' })).toEqual([]);
    expect(await list({ q: '%' })).toEqual([]);
    expect(await listAgreementWeeks(head, f.db)).toContain(demoWeek);
    expect(await listAgreementWeeks(await f.actor(PEOPLE.admin.id), f.db)).toEqual([]);
  });

  it('reads its filters from the URL, ignoring anything else', () => {
    expect(parseAgreementListParams({ etat: 'signing', semaine: W0, q: '  Inès ' })).toEqual({
      state: 'signing',
      week: W0,
      q: 'Inès',
    });
    expect(parseAgreementListParams({ etat: 'drop table', semaine: '2026-11-31', q: ['a', 'b'] })).toEqual({
      state: '',
      week: '',
      q: 'a',
    });
  });

  it('offers the school’s active staff, the head first, as who signs for the school', async () => {
    const options = await schoolSignatoryOptions(await f.actor(PEOPLE.teacher.id), f.db);
    expect(options[0]).toEqual({ id: PEOPLE.head.id, name: 'Nadia Belkacem', role: 'Chef d’établissement' });
    expect(options.map((option) => option.id)).toContain(PEOPLE.teacher.id);
    expect(await schoolSignatoryOptions(await f.actor(PEOPLE.host.id), f.db)).toEqual([]);
  });
});
