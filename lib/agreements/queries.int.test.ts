import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { NOW } from '@/lib/testing/applications';
import { canEditHostPart, canEditSchoolPart, canReadAgreement } from './policy';
import { agreementIdOfApplication, getAgreement } from './queries';
import { hostEditableAgreements, readableAgreements, schoolEditableAgreements } from './scope';

/*
 * Who reads a convention, on both databases: the demo's (Inès Benali of 3e A, at the demo host).
 * Anyone else gets null, exactly as for a convention that does not exist or an id that is not one.
 */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
});
afterAll(() => t.close());

const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const AGREEMENT = demoId(601);

describe('reading a convention', () => {
  it('is open to its pupil, the host, the head and the class’s main teacher, with what each may edit', async () => {
    const readers = {
      pupil: PUPILS[0][0].id,
      host: PEOPLE.host.id,
      head: PEOPLE.head.id,
      mainTeacher: PEOPLE.teacher.id,
    };
    const views = Object.fromEntries(
      await Promise.all(
        Object.entries(readers).map(async ([who, id]) => [who, await getAgreement(await actor(id), AGREEMENT, t.db)]),
      ),
    );
    for (const view of Object.values(views))
      expect(view).toMatchObject({ id: AGREEMENT, state: 'signing', facts: { pupil: { lastName: 'Benali' } } });
    expect(views.pupil.can).toEqual({ editHostPart: false, editSchoolPart: false, resendLinks: false });
    expect(views.host.can).toEqual({ editHostPart: true, editSchoolPart: false, resendLinks: false });
    expect(views.head.can).toEqual({ editHostPart: false, editSchoolPart: true, resendLinks: true });
    expect(views.mainTeacher.can).toEqual({ editHostPart: false, editSchoolPart: true, resendLinks: true });
    // Each signs their own place: the pupil and the host's account; the head signed already; the main teacher signs nothing.
    expect(views.pupil.signer).toEqual({ party: 'pupil', expectedName: 'Inès Benali', pending: true });
    expect(views.host.signer).toMatchObject({ party: 'host', pending: false });
    expect(views.head.signer).toEqual({ party: 'school', expectedName: 'Nadia Belkacem', pending: false });
    expect(views.mainTeacher.signer).toBeNull();
    expect(views.head.missingSigners.map((signer: { party: string }) => signer.party)).toEqual([
      'pupil',
      'legal_representative',
    ]);
    // The head and the host signed the text as it stands (document.ts): its fingerprint is theirs.
    expect(views.head.signatures.map((signature: { textFingerprint: string }) => signature.textFingerprint)).toEqual([
      views.head.fingerprint,
      views.head.fingerprint,
    ]);
  });

  it('is null for everyone else: another pupil, another host, the operator, another school’s head, a representative, the admin', async () => {
    for (const id of [
      PUPILS[2][0].id,
      PEOPLE.publicHost.id,
      PEOPLE.operator.id,
      PEOPLE.headMarseille.id,
      PEOPLE.rep93.id,
      PEOPLE.admin.id,
    ]) {
      const outsider = await actor(id);
      expect(await getAgreement(outsider, AGREEMENT, t.db)).toBeNull();
      expect(await agreementIdOfApplication(outsider, demoId(501), t.db)).toBeNull();
    }
  });

  it('is null for forged ids, the same as for a convention outside the actor’s scope', async () => {
    const pupil = await actor(PUPILS[0][0].id);
    expect(await getAgreement(pupil, randomUUID(), t.db)).toBeNull();
    expect(await getAgreement(pupil, 'pas-un-identifiant', t.db)).toBeNull();
    expect(await getAgreement(pupil, `${AGREEMENT}' or 1=1 --`, t.db)).toBeNull();
    expect(await agreementIdOfApplication(pupil, demoId(501), t.db)).toBe(AGREEMENT);
    expect(await agreementIdOfApplication(pupil, randomUUID(), t.db)).toBeNull();
  });
});

describe('scope.ts and policy.ts', () => {
  it('agree, for every account of the demo, on who reads and who edits each part of the demo’s convention', async () => {
    const parties = {
      pupilId: PUPILS[0][0].id,
      schoolId: demoId(101),
      mainTeacherId: PEOPLE.teacher.id,
      offer: { organisationId: demoId(311), operatorId: null, supportingOperatorIds: [] },
    };
    const accounts = await t.db.select({ id: s.users.id }).from(s.users).where(isNull(s.users.deletedAt));
    const inScope = async (where: ReturnType<typeof readableAgreements>) =>
      !!where && (await t.db.$count(s.agreements, and(eq(s.agreements.id, AGREEMENT), where))) === 1;
    let readers = 0;
    for (const { id } of accounts) {
      const someone = await actor(id);
      if (!someone) continue;
      expect([id, await inScope(readableAgreements(someone))]).toEqual([id, canReadAgreement(someone, parties)]);
      expect([id, await inScope(hostEditableAgreements(someone))]).toEqual([id, canEditHostPart(someone, parties)]);
      expect([id, await inScope(schoolEditableAgreements(someone))]).toEqual([id, canEditSchoolPart(someone, parties)]);
      if (canReadAgreement(someone, parties)) readers++;
    }
    expect(readers).toBeGreaterThanOrEqual(4);
  });
});
