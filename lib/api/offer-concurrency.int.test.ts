import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import { newOperator, offerBody, OPTIONS } from '@/lib/testing/api-offers';
import { createApiOffer } from './offer-mutations';
import type { ApiCaller } from './types';

/*
 * 1 000 offers created by 20 clients at once, 50 each, without a lost or duplicated offer: on
 * PostgreSQL the calls really run side by side (the pool), on PGlite one after the other. Five
 * remote ids are sent by every client: the unique index keeps one offer of each, the others get 409.
 * Three employers shared by all clients each become one host (the advisory lock of offer-hosts.ts).
 */

const CLIENTS = 20;
const CALLS = 50;
const SHARED = 5;

let t: TestDb;
let caller: ApiCaller;
beforeAll(async () => {
  t = await createTestDb();
  caller = await newOperator(t.db);
});
afterAll(() => t.close());

describe('20 parallel clients', () => {
  it(
    'create 1 000 offers with no offer lost or duplicated, one offer per remote_id',
    { timeout: 120_000 },
    async () => {
      const started = performance.now();
      const client = async (c: number) => {
        const answers: { remoteId: string; status: number | string }[] = [];
        for (let i = 0; i < CALLS; i++) {
          const remoteId = i < SHARED ? `commun-${i}` : `client-${c}-${i}`;
          const result = await createApiOffer(
            caller,
            offerBody({ remote_id: remoteId, employer_name: `Employeur ${i % 3}` }),
            OPTIONS,
            t.db,
          );
          answers.push({ remoteId, status: result.ok ? result.status : result.code });
        }
        return answers;
      };
      const answers = (await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)))).flat();
      console.log(`1 000 creations by 20 clients: ${Math.round(performance.now() - started)} ms`);

      const created = answers.filter((a) => a.status === 201);
      expect(answers.filter((a) => a.status === 'DUPLICATE_INTERNSHIP_OFFER')).toHaveLength(SHARED * (CLIENTS - 1));
      expect(created).toHaveLength(CLIENTS * (CALLS - SHARED) + SHARED);
      expect(answers).toHaveLength(created.length + SHARED * (CLIENTS - 1));
      const rows = await t.db
        .select({ remoteId: s.offers.remoteId, status: s.offers.status })
        .from(s.offers)
        .where(eq(s.offers.operatorId, caller.operatorId));
      expect(rows).toHaveLength(created.length);
      expect(new Set(rows.map((row) => row.remoteId))).toEqual(new Set(created.map((a) => a.remoteId)));
      expect(rows.every((row) => row.status === 'published')).toBe(true);
      // Every offer has its three weeks, and every shared id exactly one offer.
      expect(await t.db.$count(s.offerWeeks)).toBe(3 * created.length);
      expect(
        await t.db.$count(
          s.offers,
          and(eq(s.offers.operatorId, caller.operatorId), like(s.offers.remoteId, 'commun-%')),
        ),
      ).toBe(SHARED);
      const hosts = await t.db
        .select({ name: s.hostOrganisations.name })
        .from(s.hostOrganisations)
        .innerJoin(s.operatorHosts, eq(s.operatorHosts.organisationId, s.hostOrganisations.id))
        .where(eq(s.operatorHosts.operatorId, caller.operatorId));
      expect(hosts.map((host) => host.name).sort()).toEqual(['Employeur 0', 'Employeur 1', 'Employeur 2']);
    },
  );
});
