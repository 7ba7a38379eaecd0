import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offers, operatorHosts, operators } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { canManageOffer, type OfferOwnership } from './policy';
import { managedOffers } from './scope';

/*
 * The pure policy and the SQL scope every offer query adds must name the same offers, for every
 * actor: the demo's hosts and operator, plus a second operator and an organisation the demo
 * operator stopped supporting (its offers stay with the host, not with the operator).
 */

let t: TestDb;
const actors: Record<string, SessionUser> = {};
const SECOND_OPERATOR = demoId(329);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  await t.db.insert(operators).values({ id: SECOND_OPERATOR, name: 'Autre association' });
  await t.db.insert(operatorHosts).values({ operatorId: SECOND_OPERATOR, organisationId: demoId(313) });
  // The demo operator no longer supports the health centre (314), which it posted offer 406 for.
  await t.db
    .delete(operatorHosts)
    .where(and(eq(operatorHosts.operatorId, demoId(321)), eq(operatorHosts.organisationId, demoId(314))));
  for (const [name, id] of Object.entries({
    privateHost: PEOPLE.host.id,
    publicHost: PEOPLE.publicHost.id,
    operator: PEOPLE.operator.id,
    head: PEOPLE.head.id,
    pupil: PUPILS[0][0].id,
    admin: PEOPLE.admin.id,
  }))
    actors[name] = (await loadSessionUser(id, t.db))!;
  actors.secondOperator = { ...actors.operator!, id: 'second-operator', operatorId: SECOND_OPERATOR };
});
afterAll(() => t.close());

describe('canManageOffer and managedOffers', () => {
  it('name the same offers for every actor', async () => {
    const all = await t.db
      .select({ id: offers.id, organisationId: offers.organisationId, operatorId: offers.operatorId })
      .from(offers);
    const supports = await t.db.select().from(operatorHosts);
    const ownership = (offer: (typeof all)[number]): OfferOwnership => ({
      ...offer,
      supportingOperatorIds: supports.filter((s) => s.organisationId === offer.organisationId).map((s) => s.operatorId),
    });

    const seen = new Set<string>();
    for (const [name, actor] of Object.entries(actors)) {
      const scope = managedOffers(actor);
      const bySql = scope ? (await t.db.select({ id: offers.id }).from(offers).where(scope)).map((o) => o.id) : [];
      const byPolicy = all.filter((offer) => canManageOffer(actor, ownership(offer))).map((o) => o.id);
      expect(bySql.sort(), name).toEqual(byPolicy.sort());
      bySql.forEach((id) => seen.add(`${name}:${id}`));
    }
    // The fixtures exercise both sides: the host manages its offers, the operator the one it still may.
    expect(seen.has(`privateHost:${demoId(401)}`)).toBe(true);
    expect([...seen].some((key) => key.startsWith('operator:'))).toBe(true);
    expect(seen.has(`operator:${demoId(406)}`)).toBe(false);
    expect([...seen].some((key) => key.startsWith('admin:') || key.startsWith('pupil:'))).toBe(false);
  });
});
