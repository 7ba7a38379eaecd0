import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE } from '@/db/seed/demo-data';
import { cancelByPupil } from '@/lib/applications/mutations';
import { addDays } from '@/lib/calendar/weeks';
import { agreementSteps } from '@/lib/testing/agreement-steps';
import { applicationFixtures, NOW, W0, W1 } from '@/lib/testing/applications';
import { agreementsAtRisk } from './risk-queries';

/*
 * The conventions at risk on both databases: not signed by all, their week within 14 days or
 * started; for the school's staff who follow the pupil and the host, nobody else.
 */

const f = applicationFixtures();
const { confirmed, complete, sign } = agreementSteps(f);

describe('conventions at risk', () => {
  it('are those not signed by all whose week starts within 14 days or has started, by week', async () => {
    const toComplete = await confirmed();
    const signing = await confirmed();
    await complete(signing.agreementId);
    await sign(signing.agreementId, ['school', 'host']);
    const signed = await confirmed();
    await complete(signed.agreementId);
    await sign(signed.agreementId, ['school', 'host', 'pupil', 'legal_representative']);
    const canceled = await confirmed();
    expect(
      await cancelByPupil(
        canceled.pupil,
        { applicationId: canceled.applicationId, reason: 'Je déménage.' },
        { now: NOW },
        f.db,
      ),
    ).toMatchObject({ ok: true });
    const later = await confirmed(W1);
    const mine = new Set([toComplete, signing, signed, canceled, later].map((c) => c.agreementId));

    const head = await f.actor(PEOPLE.head.id);
    const atRisk = async (actor = head, today = addDays(W0, -14)) =>
      (await agreementsAtRisk(actor, today, f.db)).filter((row) => mine.has(row.id));

    expect(await atRisk(head, addDays(W0, -15))).toEqual([]);
    const [first, second] = await atRisk();
    const [demoHost] = await f.db
      .select({ name: s.hostOrganisations.name })
      .from(s.hostOrganisations)
      .innerJoin(s.hostMembers, eq(s.hostMembers.organisationId, s.hostOrganisations.id))
      .where(eq(s.hostMembers.userId, PEOPLE.host.id));
    expect([first, second].sort((a, b) => a!.missingSigners - b!.missingSigners)).toEqual([
      {
        id: signing.agreementId,
        pupilName: `Élève ${signing.pupil.lastName}`,
        hostName: demoHost!.name,
        offerTitle: 'Découvrir les métiers de la logistique urbaine',
        week: W0,
        started: false,
        state: 'signing',
        missingSigners: 2,
      },
      expect.objectContaining({ id: toComplete.agreementId, state: 'to_complete', missingSigners: 3, week: W0 }),
    ]);
    // The host sees the same; its pupil sees hers alone.
    expect((await atRisk(f.host)).map((row) => row.id).sort()).toEqual(
      [toComplete.agreementId, signing.agreementId].sort(),
    );
    expect((await atRisk(signing.pupil)).map((row) => row.id)).toEqual([signing.agreementId]);
    // Nobody else: another host, the main teacher of another class.
    expect(await atRisk(await f.actor(PEOPLE.publicHost.id))).toEqual([]);
    expect(await atRisk(await f.actor(PEOPLE.teacher.id))).toEqual([]);

    // The week has started: still watched (started), and the next week's convention too, after them.
    const started = await atRisk(head, addDays(W1, -3));
    expect(started.map((row) => [row.id === later.agreementId ? 'later' : 'W0', row.started])).toEqual([
      ['W0', true],
      ['W0', true],
      ['later', false],
    ]);
  });
});
