import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE } from '@/db/seed/demo-data';
import type { SessionUser } from '@/lib/auth/types';
import { cancelByPupil } from '@/lib/applications/mutations';
import { agreementSteps, HOST_PART } from '@/lib/testing/agreement-steps';
import { applicationFixtures, NOW } from '@/lib/testing/applications';
import { representativeView, resendRepresentativeLink } from './link-mutations';
import { completeHostPart } from './mutations';
import { getAgreement } from './queries';
import { requestSignatureCode, signAgreement, type SignerRef } from './signature-mutations';

/*
 * Signing on both databases: every party with their typed name and the e-mailed code, the legal
 * representative through the link; a changed text, a used, voided or expired link, a wrong name, an
 * expired code and six wrong codes in a day refused (the head's batch: signature-batch.int.test.ts).
 */

const f = applicationFixtures();
const { confirmed, mailedSecret: lastSecret, ready } = agreementSteps(f);
const ip = '203.0.113.7';
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

const tokenOf = (link: string) => link.split('/signature/')[1]!;

/** Requests a code for `ref` at `now`, reads it from the outbox, and signs with it. */
async function signWithCode(
  ref: SignerRef,
  agreementId: string,
  email: string,
  fullName: string,
  fingerprint: string,
  now = NOW,
) {
  expect(await requestSignatureCode(ref, agreementId, { now }, f.db)).toMatchObject({ ok: true });
  const code = await lastSecret(email, 'agreement_signature_code');
  return signAgreement(ref, agreementId, { fullName, code, fingerprint }, { now, ip }, f.db);
}

describe('signing a convention', () => {
  it('takes every party’s name and e-mailed code in any order, the representative through the link, and tells everyone once all have signed', async () => {
    const { pupil, agreementId, head, representativeEmail, fingerprint, view } = await ready();
    expect(view.state).toBe('ready_to_sign');
    const link = await lastSecret(representativeEmail, 'agreement_representative_link');
    const token = tokenOf(link);

    const rep = await representativeView(token, { now: NOW }, f.db);
    expect(rep).toMatchObject({ ok: true, data: { representative: { email: representativeEmail } } });

    expect(
      await signWithCode(
        { token },
        agreementId,
        representativeEmail,
        view.legalRepresentatives[0]!.fullName,
        fingerprint,
      ),
    ).toEqual({
      ok: true,
      data: { signedByAll: false },
    });
    // The pupil types her name without its accent; the host's account signs for its representative.
    expect(
      await signWithCode({ actor: pupil }, agreementId, pupil.email, `eleve ${pupil.lastName}`, fingerprint),
    ).toMatchObject({ ok: true });
    expect(
      await signWithCode({ actor: f.host }, agreementId, f.host.email, 'Sophie Lemaire', fingerprint),
    ).toMatchObject({ ok: true });
    expect((await getAgreement(head, agreementId, f.db))!).toMatchObject({
      state: 'signing',
      missingSigners: [{ party: 'school' }],
    });
    expect(await signWithCode({ actor: head }, agreementId, head.email, 'Nadia Belkacem', fingerprint)).toEqual({
      ok: true,
      data: { signedByAll: true },
    });

    const signed = (await getAgreement(pupil, agreementId, f.db))!;
    expect(signed.state).toBe('signed');
    const rows = await f.db
      .select()
      .from(s.agreementSignatures)
      .where(eq(s.agreementSignatures.agreementId, agreementId));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatchObject({ ipAddress: ip, textFingerprint: fingerprint, voidedAt: null });
    expect(rows.find((r) => r.party === 'pupil')).toMatchObject({
      signerUserId: pupil.id,
      signerName: `eleve ${pupil.lastName}`,
    });
    expect((await f.mailsTo(representativeEmail, 'agreement_signed')).length).toBe(1);
    expect((await f.mailsTo(pupil.email, 'agreement_signed')).length).toBe(1);
    // The link is used: it still shows the convention (and its PDF) until it expires, but no longer signs.
    expect(await representativeView(token, { now: NOW }, f.db)).toMatchObject({
      ok: true,
      data: { agreement: { state: 'signed' } },
    });
    expect(await requestSignatureCode({ token }, agreementId, { now: minutes(2) }, f.db)).toMatchObject({
      ok: false,
      message: expect.stringContaining('déjà signé la convention avec ce lien'),
    });
  });

  it('refuses a signature on a text that changed since the signer read it, and a name that is not theirs', async () => {
    const { pupil, agreementId, fingerprint } = await ready();
    expect(await requestSignatureCode({ actor: pupil }, agreementId, { now: NOW }, f.db)).toMatchObject({ ok: true });
    const code = await lastSecret(pupil.email, 'agreement_signature_code');
    expect(
      await signAgreement(
        { actor: pupil },
        agreementId,
        { fullName: 'Sophie Lemaire', code, fingerprint },
        { now: NOW, ip },
        f.db,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { fullName: [expect.stringContaining(`Élève ${pupil.lastName}`)] } });

    const changed = { ...HOST_PART, activities: 'Préparer des commandes.' };
    expect(await completeHostPart(f.host, agreementId, changed, { now: NOW }, f.db)).toMatchObject({ ok: true });
    expect(
      await signAgreement(
        { actor: pupil },
        agreementId,
        { fullName: `Élève ${pupil.lastName}`, code, fingerprint },
        { now: NOW, ip },
        f.db,
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining('a changé depuis que vous l’avez ouvert') });
    const now = (await getAgreement(pupil, agreementId, f.db))!;
    expect(now.fingerprint).not.toBe(fingerprint);
    expect(
      await signAgreement(
        { actor: pupil },
        agreementId,
        { fullName: `Élève ${pupil.lastName}`, code, fingerprint: now.fingerprint },
        { now: NOW, ip },
        f.db,
      ),
    ).toMatchObject({ ok: true });
  });

  it('voids the signatures when the text changes after them, and sends the representative who had signed a new link', async () => {
    const { agreementId, representativeEmail, fingerprint, view } = await ready();
    const token = tokenOf(await lastSecret(representativeEmail, 'agreement_representative_link'));
    expect(
      await signWithCode(
        { token },
        agreementId,
        representativeEmail,
        view.legalRepresentatives[0]!.fullName,
        fingerprint,
      ),
    ).toMatchObject({ ok: true });
    await completeHostPart(
      f.host,
      agreementId,
      { ...HOST_PART, activities: 'Autre chose.' },
      { now: minutes(1) },
      f.db,
    );
    const after = (await getAgreement(f.host, agreementId, f.db))!;
    expect(after).toMatchObject({ state: 'ready_to_sign', signatures: [] });
    const fresh = tokenOf(await lastSecret(representativeEmail, 'agreement_representative_link'));
    expect(fresh).not.toBe(token);
    expect(await representativeView(fresh, { now: minutes(1) }, f.db)).toMatchObject({ ok: true });
  });

  it('refuses a voided link once re-sent, and an expired one after 14 days', async () => {
    const { agreementId, head, representativeEmail, view } = await ready();
    const first = tokenOf(await lastSecret(representativeEmail, 'agreement_representative_link'));
    const repId = view.legalRepresentatives[0]!.id;
    expect(await resendRepresentativeLink(head, agreementId, repId, { now: minutes(5) }, f.db)).toMatchObject({
      ok: true,
    });
    expect(await representativeView(first, { now: minutes(6) }, f.db)).toMatchObject({
      ok: false,
      message: expect.stringContaining('remplacé par un lien plus récent'),
    });
    const second = tokenOf(await lastSecret(representativeEmail, 'agreement_representative_link'));
    expect(await representativeView(second, { now: minutes(14 * 24 * 60 - 1) }, f.db)).toMatchObject({ ok: true });
    expect(await representativeView(second, { now: minutes(14 * 24 * 60 + 6) }, f.db)).toMatchObject({
      ok: false,
      message: expect.stringContaining('a expiré'),
    });
    expect(
      await requestSignatureCode({ token: second }, agreementId, { now: minutes(14 * 24 * 60 + 6) }, f.db),
    ).toMatchObject({ ok: false });
    expect(await representativeView('x'.repeat(43), { now: NOW }, f.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    // A main teacher of another class, the pupil or the host cannot re-send it.
    expect(await resendRepresentativeLink(f.host, agreementId, repId, { now: minutes(7) }, f.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('gives a code 5 tries and 10 minutes, and locks the signature until midnight at the sixth wrong code of the day', async () => {
    const { pupil, agreementId, fingerprint } = await ready();
    const name = `Élève ${pupil.lastName}`;
    const attempt = (code: string, now: Date) =>
      signAgreement({ actor: pupil }, agreementId, { fullName: name, code, fingerprint }, { now, ip }, f.db);
    expect(await requestSignatureCode({ actor: pupil }, agreementId, { now: NOW }, f.db)).toMatchObject({ ok: true });
    const first = await lastSecret(pupil.email, 'agreement_signature_code');
    const wrong = first === '000000' ? '111111' : '000000';
    expect(await attempt(wrong, minutes(1))).toMatchObject({
      ok: false,
      fieldErrors: { code: ['Code incorrect. Il vous reste 4 essais avec ce code.'] },
    });
    for (let i = 0; i < 4; i++) await attempt(wrong, minutes(1));
    // Five wrong tries: the right code no longer works.
    expect(await attempt(first, minutes(2))).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining('demandez un nouveau code')] },
    });
    // A new code within a minute of the last one is refused; afterwards it replaces it.
    expect(await requestSignatureCode({ actor: pupil }, agreementId, { now: minutes(0.5) }, f.db)).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
    expect(await requestSignatureCode({ actor: pupil }, agreementId, { now: minutes(3) }, f.db)).toMatchObject({
      ok: true,
    });
    const second = await lastSecret(pupil.email, 'agreement_signature_code');
    // Expired after 10 minutes.
    expect(await attempt(second, minutes(13.5))).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining('plus valable')] },
    });
    expect(await requestSignatureCode({ actor: pupil }, agreementId, { now: minutes(14) }, f.db)).toMatchObject({
      ok: true,
    });
    const third = await lastSecret(pupil.email, 'agreement_signature_code');
    const wrong3 = third === '000000' ? '111111' : '000000';
    // The sixth wrong code of the day locks, the right one included, new codes too, until midnight in Paris.
    expect(await attempt(wrong3, minutes(15))).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await attempt(third, minutes(16))).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await requestSignatureCode({ actor: pupil }, agreementId, { now: minutes(20) }, f.db)).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
    // NOW is 11:00 in Paris on 28 November: the lock ends at 23:00 UTC.
    const nextDay = new Date('2026-11-28T23:00:01Z');
    expect(await signWithCode({ actor: pupil }, agreementId, pupil.email, name, fingerprint, nextDay)).toMatchObject({
      ok: true,
    });
  });

  it('is refused to who does not sign, before the parts are complete, and once the application is cancelled', async () => {
    const early = await confirmed();
    expect(await requestSignatureCode({ actor: early.pupil }, early.agreementId, { now: NOW }, f.db)).toMatchObject({
      ok: false,
      message: expect.stringContaining('pas encore prête à signer'),
    });
    const { pupil, agreementId, applicationId } = await ready();
    const teacher = await f.actor(PEOPLE.teacher.id);
    const other = (await f.pupils(1))[0]!;
    for (const actor of [teacher, other] as SessionUser[])
      expect((await requestSignatureCode({ actor }, agreementId, { now: NOW }, f.db)).ok).toBe(false);
    expect(
      await cancelByPupil(pupil, { applicationId, reason: 'Je ne peux plus y aller.' }, { now: NOW }, f.db),
    ).toMatchObject({
      ok: true,
    });
    expect(await requestSignatureCode({ actor: pupil }, agreementId, { now: NOW }, f.db)).toMatchObject({
      ok: false,
      message: expect.stringContaining('annulée'),
    });
  });
});
