import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE } from '@/db/seed/demo-data';
import { cancelByPupil } from '@/lib/applications/mutations';
import { addDays } from '@/lib/calendar/weeks';
import { agreementSteps } from '@/lib/testing/agreement-steps';
import { applicationFixtures, NOW, W0, W1 } from '@/lib/testing/applications';
import { remindMissingSignatories } from './reminder-mutations';

/*
 * The reminders to the signatories still missing on both databases: 7 and 3 days before the week,
 * once each whatever the number of runs, to those who have not signed the current text only; the
 * sides whose part is incomplete instead while the convention is to complete; nothing for a
 * cancelled or fully signed convention.
 */

const f = applicationFixtures();
const { confirmed, complete, sign } = agreementSteps(f);

const run = (daysBefore: number, week = W0) => {
  const today = addDays(week, -daysBefore);
  return remindMissingSignatories(today, new Date(`${today}T08:00:00Z`), f.db);
};

/** The reminders queued about one convention: [recipient, template], in order. */
async function remindersAbout(agreementId: string, ...addresses: string[]) {
  const rows = await f.db
    .select({ to: s.emailOutbox.toAddress, template: s.emailOutbox.template, text: s.emailOutbox.textBody })
    .from(s.emailOutbox)
    .where(like(s.emailOutbox.template, '%reminder'))
    .orderBy(s.emailOutbox.createdAt, s.emailOutbox.toAddress);
  return rows
    .filter((row) => row.text.includes(agreementId) || addresses.includes(row.to))
    .map((row) => [row.to, row.template]);
}

describe('reminders to the missing signatories', () => {
  it('go 7 and 3 days before the week, once each, to those who have not signed, and to the sides of an incomplete part', async () => {
    // Signing: the school and the host signed, the pupil and the legal representative have not.
    const signing = await confirmed();
    const { representativeEmail } = await complete(signing.agreementId);
    await sign(signing.agreementId, ['school', 'host']);
    // Ready to sign: nobody signed.
    const ready = await confirmed();
    const readyRep = await complete(ready.agreementId);
    // To complete: both parts still miss something (the host's representative, the school's legal representatives).
    const toComplete = await confirmed();
    // Signed by all, and cancelled: nothing to remind.
    const signed = await confirmed();
    const signedRep = await complete(signed.agreementId);
    await sign(signed.agreementId, ['school', 'host', 'pupil', 'legal_representative']);
    const canceled = await confirmed();
    await complete(canceled.agreementId);
    expect(
      await cancelByPupil(
        canceled.pupil,
        { applicationId: canceled.applicationId, reason: 'Je déménage.' },
        { now: NOW },
        f.db,
      ),
    ).toMatchObject({ ok: true });

    expect(await run(8)).toMatchObject({ checked: 0, emails: 0 });
    await run(7);
    const first = {
      signing: [
        [signing.pupil.email, 'agreement_pupil_signature_reminder'],
        [representativeEmail, 'agreement_representative_signature_reminder'],
      ],
      ready: [
        [PEOPLE.host.email, 'agreement_signature_reminder'],
        [ready.pupil.email, 'agreement_pupil_signature_reminder'],
        [PEOPLE.head.email, 'agreement_signature_reminder'],
        [readyRep.representativeEmail, 'agreement_representative_signature_reminder'],
      ],
      toComplete: [
        [PEOPLE.host.email, 'agreement_host_part_reminder'],
        [PEOPLE.head.email, 'agreement_school_part_reminder'],
      ],
    };
    const sorted = (list: string[][]) => [...list].sort((a, b) => a.join().localeCompare(b.join()));
    const about = async () => ({
      signing: sorted(await remindersAbout(signing.agreementId, signing.pupil.email, representativeEmail)),
      ready: sorted(await remindersAbout(ready.agreementId, ready.pupil.email, readyRep.representativeEmail)),
      toComplete: sorted(await remindersAbout(toComplete.agreementId, toComplete.pupil.email)),
      signed: await remindersAbout(signed.agreementId, signed.pupil.email, signedRep.representativeEmail),
      canceled: await remindersAbout(canceled.agreementId, canceled.pupil.email),
    });
    expect(await about()).toEqual({
      signing: sorted(first.signing),
      ready: sorted(first.ready),
      toComplete: sorted(first.toComplete),
      signed: [],
      canceled: [],
    });

    // 5 days before: the first reminder is sent, the second not due yet.
    expect(await run(5)).toEqual({ checked: 0, reminded: 0, emails: 0 });
    // 3 days before: the second, once, however many runs.
    const third = await run(3);
    expect(third.emails).toBeGreaterThanOrEqual(8);
    expect(await run(3)).toEqual({ checked: 0, reminded: 0, emails: 0 });
    expect(await run(1)).toEqual({ checked: 0, reminded: 0, emails: 0 });
    const twice = (list: string[][]) => sorted([...list, ...list]);
    expect(await about()).toEqual({
      signing: twice(first.signing),
      ready: twice(first.ready),
      toComplete: twice(first.toComplete),
      signed: [],
      canceled: [],
    });

    const [text] = await f.db
      .select({ text: s.emailOutbox.textBody })
      .from(s.emailOutbox)
      .where(
        and(
          eq(s.emailOutbox.toAddress, representativeEmail),
          eq(s.emailOutbox.template, 'agreement_representative_signature_reminder'),
        ),
      );
    expect(text!.text).toContain('Le collège (Collège Henri Barbusse) vous a envoyé par courriel un lien personnel');
    expect(text!.text).toContain('commence dans 7 jours');
    expect(text!.text).not.toContain('/conventions/');
    const pupilMails = await f.mailsTo(signing.pupil.email, 'agreement_pupil_signature_reminder');
    expect(pupilMails.map((m) => m.text.includes(`/eleve/conventions/${signing.agreementId}`))).toEqual([true, true]);
    expect(pupilMails[1]!.text).toContain('commence dans 3 jours');
  });

  it('catches up a missed day: a convention first seen 5 days before its week gets the first reminder, then the second', async () => {
    const late = await confirmed(W1);
    await complete(late.agreementId);
    await sign(late.agreementId, ['school', 'host', 'legal_representative']);
    await run(5, W1);
    await run(4, W1);
    expect(await f.mailsTo(late.pupil.email, 'agreement_pupil_signature_reminder')).toHaveLength(1);
    await run(2, W1);
    await run(1, W1);
    expect(await f.mailsTo(late.pupil.email, 'agreement_pupil_signature_reminder')).toHaveLength(2);
    // Nothing the day the week starts.
    expect(await run(0, W1)).toMatchObject({ checked: 0 });
  });
});
