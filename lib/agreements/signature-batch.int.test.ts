import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@/db/seed/demo-data';
import { agreementSteps, HOST_PART } from '@/lib/testing/agreement-steps';
import { applicationFixtures, NOW } from '@/lib/testing/applications';
import { completeHostPart } from './mutations';
import { getAgreement } from './queries';
import { requestBatchSignatureCode, signAgreementBatch } from './signature-mutations';

/* The head signs several ready conventions with one name and one code, on both databases. */

const f = applicationFixtures();
const { mailedSecret: lastSecret, ready } = agreementSteps(f);
const ip = '203.0.113.7';

describe('the head’s batch', () => {
  it('signs several ready conventions with one name and one code, leaving out one whose text changed meanwhile', async () => {
    const a = await ready();
    const b = await ready();
    const c = await ready();
    const { head } = a;
    expect(
      await requestBatchSignatureCode(head, [a.agreementId, b.agreementId, c.agreementId], { now: NOW }, f.db),
    ).toMatchObject({
      ok: true,
      data: { count: 3 },
    });
    const code = await lastSecret(head.email, 'agreement_signature_code');
    await completeHostPart(f.host, c.agreementId, { ...HOST_PART, activities: 'Changé.' }, { now: NOW }, f.db);
    const items = [a, b, c].map((x) => ({ agreementId: x.agreementId, fingerprint: x.fingerprint }));
    expect(
      await signAgreementBatch(
        head,
        items,
        { fullName: 'Nadia Belkacem', code: '999999' === code ? '000000' : '999999' },
        { now: NOW, ip },
        f.db,
      ),
    ).toMatchObject({ ok: false });
    const result = await signAgreementBatch(head, items, { fullName: 'nadia belkacem', code }, { now: NOW, ip }, f.db);
    expect(result).toMatchObject({
      ok: true,
      data: {
        signed: [a.agreementId, b.agreementId].sort(),
        skipped: [{ agreementId: c.agreementId, reason: expect.stringContaining('a changé') }],
      },
    });
    for (const x of [a, b])
      expect((await getAgreement(head, x.agreementId, f.db))!.missingSigners.map((m) => m.party)).not.toContain(
        'school',
      );
    // Only the school's signatory signs for the school.
    const teacher = await f.actor(PEOPLE.teacher.id);
    expect(await requestBatchSignatureCode(teacher, [c.agreementId], { now: NOW }, f.db)).toMatchObject({ ok: false });
  });
});
