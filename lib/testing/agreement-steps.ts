import { and, desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE } from '@/db/seed/demo-data';
import { completeHostPart, completeSchoolPart } from '@/lib/agreements/mutations';
import { agreementIdOfApplication, getAgreement } from '@/lib/agreements/queries';
import type { SignatoryParty } from '@/lib/agreements/rules';
import type { HostPartInput } from '@/lib/agreements/schemas';
import type { SessionUser } from '@/lib/auth/types';
import { NOW, W0, type applicationFixtures } from './applications';

/*
 * The steps of a convention for the tests of what comes after its creation (reminders, conventions
 * at risk, the outcome): confirmed, both parts completed, and signatures written straight into the
 * database on the text as it stands (the signing flow has tests of its own).
 */

const day = (d: 1 | 2 | 3 | 4 | 5) => ({ day: d, start: '09:00', end: '16:30', lunchBreakMinutes: 60 });
export const HOST_PART: HostPartInput = {
  representative: { name: 'Sophie Lemaire', role: 'Directrice' },
  tutor: { name: 'Karim Haddad', role: 'Chef d’équipe', email: 'karim.haddad@exemple.fr', phone: '' },
  activities: 'Préparer des commandes, suivre une tournée.',
  schedule: [day(1), day(2), day(3), day(4), day(5)],
  lunch: { arrangement: 'canteen_invitation', details: '' },
  insurance: { insurer: 'Assurances du Landy', policyNumber: 'RC-1234' },
};

export function agreementSteps(f: ReturnType<typeof applicationFixtures>) {
  let n = 0;

  /** A pupil of a new class with a confirmed internship at the demo host on `week`, and its convention. */
  async function confirmed(week = W0): Promise<{ pupil: SessionUser; applicationId: string; agreementId: string }> {
    const [pupil] = await f.pupils(1);
    const applicationId = await f.applyTo(pupil!, await f.offer(), week);
    expect(await f.accept(applicationId)).toMatchObject({ ok: true });
    expect(await f.confirm(pupil!, applicationId)).toMatchObject({ ok: true });
    const agreementId = (await agreementIdOfApplication(pupil!, applicationId, f.db))!;
    return { pupil: pupil!, applicationId, agreementId };
  }

  /** Both parts completed by the demo host and head, with one legal representative of its own address. */
  async function complete(agreementId: string): Promise<{ representativeEmail: string }> {
    const head = await f.actor(PEOPLE.head.id);
    const representativeEmail = `representant-${++n}@exemple.fr`;
    expect(await completeHostPart(f.host, agreementId, HOST_PART, { now: NOW }, f.db)).toMatchObject({ ok: true });
    expect(
      await completeSchoolPart(
        head,
        agreementId,
        {
          signatoryUserId: PEOPLE.head.id,
          referringTeacherName: 'Julien Marchand',
          referringTeacherEmail: 'professeur@demo.test',
          legalRepresentatives: [{ fullName: `Parent Essai ${n}`, email: representativeEmail }],
        },
        { now: NOW },
        f.db,
      ),
    ).toMatchObject({ ok: true, data: { missing: [] } });
    return { representativeEmail };
  }

  /** Signatures of these parties on the text as it stands ('legal_representative': each of them). */
  async function sign(agreementId: string, parties: SignatoryParty[]): Promise<void> {
    const view = (await getAgreement(await f.actor(PEOPLE.head.id), agreementId, f.db))!;
    const common = { agreementId, signedAt: NOW, ipAddress: '127.0.0.1', textFingerprint: view.fingerprint };
    await f.db.insert(s.agreementSignatures).values(
      parties.flatMap((party): (typeof s.agreementSignatures.$inferInsert)[] =>
        party === 'legal_representative'
          ? view.legalRepresentatives.map((rep) => ({
              ...common,
              party,
              signerName: rep.fullName,
              legalRepresentativeId: rep.id,
            }))
          : [{ ...common, party, signerName: `Signataire ${party}` }],
      ),
    );
  }

  /** The last secret (a signing code or a link) e-mailed to an address with this template. */
  async function mailedSecret(to: string, template: string): Promise<string> {
    const [row] = await f.db
      .select({ secret: s.emailOutbox.secretLink })
      .from(s.emailOutbox)
      .where(and(eq(s.emailOutbox.toAddress, to), eq(s.emailOutbox.template, template)))
      .orderBy(desc(s.emailOutbox.createdAt), desc(s.emailOutbox.id))
      .limit(1);
    return row!.secret!;
  }

  /** A convention ready to sign: confirmed, both parts complete, read by the head. */
  async function ready() {
    const steps = await confirmed();
    const { representativeEmail } = await complete(steps.agreementId);
    const head = await f.actor(PEOPLE.head.id);
    const view = (await getAgreement(head, steps.agreementId, f.db))!;
    return { ...steps, head, representativeEmail, fingerprint: view.fingerprint, view };
  }

  return { confirmed, complete, sign, mailedSecret, ready };
}
