import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { auditLog, emailOutbox, hostOrganisations } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { inviteColleague } from '@/lib/hosts/mutations';
import { removeColleague } from '@/lib/hosts/team-mutations';
import { changeOfferStatus, copyOffer } from '@/lib/offers/lifecycle-mutations';
import { findOfferForViewer } from '@/lib/offers/offer-page-queries';
import { getManagedOffer } from '@/lib/offers/queries';
import { answerReservation } from '@/lib/offers/reservation-mutations';
import { searchOffersAround } from '@/lib/offers/search-queries';
import { saveOfferStep } from '@/lib/offers/steps-mutations';
import { reinstateOrganisation, suspendOrganisation } from './suspension-mutations';
import { findOrganisationForAdmin } from './suspension-queries';

const TODAY = '2026-11-28';
const ORGANISATION = demoId(311); // entreprise@demo.test's, offers 401, 402 published
const OFFER = demoId(401);
const REASON = 'Offres trompeuses signalées par trois collèges.';

let t: TestDb;
let admin: SessionUser;
const actor = async (id: string) => (await loadSessionUser(id, t.db))!;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
  admin = await actor(PEOPLE.admin.id);
});
afterAll(() => t.close());

const searchIds = async () =>
  (await searchOffersAround(null, {}, { page: 1, today: TODAY }, t.db)).items.map((item) => item.id);
const publicPage = async (viewer: SessionUser | null) => findOfferForViewer(viewer, OFFER, TODAY, t.db);

/** Every change a host can make to its offers or team, for the offer and organisation above. */
const attempts = (host: SessionUser) => [
  saveOfferStep(host, OFFER, 'contenu', {}, { today: TODAY }, t.db),
  saveOfferStep(host, null, 'structure', {}, { today: TODAY }, t.db),
  changeOfferStatus(host, OFFER, 'unpublish', { today: TODAY }, t.db),
  copyOffer(host, OFFER, 'duplicate', { today: TODAY }, t.db),
  answerReservation(host, { offerId: OFFER, schoolId: demoId(101), accept: true }, t.db),
  inviteColleague(host, { organisationId: ORGANISATION, email: 'collegue@exemple.fr' }, t.db),
  removeColleague(host, { organisationId: ORGANISATION, userId: PEOPLE.host.id }, t.db),
];

describe('suspending an organisation', () => {
  it('is the admin’s only', async () => {
    for (const person of [PEOPLE.host, PEOPLE.head, PEOPLE.operator, PEOPLE.rep93]) {
      const user = await actor(person.id);
      expect(await suspendOrganisation(user, { organisationId: ORGANISATION, reason: REASON }, t.db)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await reinstateOrganisation(user, ORGANISATION, t.db)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await findOrganisationForAdmin(user, ORGANISATION, t.db)).toBeNull();
    }
  });

  it('takes its offers out of the search and off their public page at once', async () => {
    const pupil = await actor(PUPILS[0][0].id);
    expect(await searchIds()).toContain(OFFER);
    expect(await publicPage(null)).not.toBeNull();
    expect(await publicPage(pupil)).not.toBeNull();

    expect(await suspendOrganisation(admin, { organisationId: ORGANISATION, reason: REASON }, t.db)).toEqual({
      ok: true,
      data: { name: expect.any(String) },
    });
    expect(await searchIds()).not.toContain(OFFER);
    expect(await publicPage(null)).toBeNull();
    expect(await publicPage(pupil)).toBeNull();
    expect(await publicPage(await actor(PEOPLE.head.id))).toBeNull();
    // Its members still read it, and are told why it is out of the search.
    const host = await actor(PEOPLE.host.id);
    expect(host).toMatchObject({ organisationId: ORGANISATION, suspension: { reason: REASON } });
    expect(await publicPage(host)).toMatchObject({ preview: true });
    expect((await getManagedOffer(host, OFFER, TODAY, t.db))?.outOfSearch).toMatch(/suspendue/);
    expect(await publicPage(admin)).not.toBeNull();
  });

  it('lets its accounts only read: every change to offers or team is refused with the reason', async () => {
    const host = await actor(PEOPLE.host.id);
    for (const result of await Promise.all(attempts(host)))
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining(REASON) });
  });

  it('is audited, tells its members, and is refused twice', async () => {
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organisation.suspended'), eq(auditLog.targetId, ORGANISATION)));
    expect(entry).toMatchObject({ actorId: PEOPLE.admin.id, details: { reason: REASON } });
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, PEOPLE.host.email));
    expect(mail).toMatchObject({ template: 'organisation_suspended' });
    expect(mail!.textBody).toContain(REASON);
    const [row] = await t.db.select().from(hostOrganisations).where(eq(hostOrganisations.id, ORGANISATION));
    expect(row).toMatchObject({ suspendedBy: PEOPLE.admin.id, suspensionReason: REASON });
    expect(await suspendOrganisation(admin, { organisationId: ORGANISATION, reason: REASON }, t.db)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
    expect(await findOrganisationForAdmin(admin, ORGANISATION, t.db)).toMatchObject({ suspensionReason: REASON });
  });

  it('is lifted by reinstating: offers come back and the host can change them again', async () => {
    expect(await reinstateOrganisation(admin, ORGANISATION, t.db)).toMatchObject({ ok: true });
    expect(await searchIds()).toContain(OFFER);
    expect(await publicPage(null)).not.toBeNull();
    const host = await actor(PEOPLE.host.id);
    expect(host.suspension).toBeUndefined();
    expect(await changeOfferStatus(host, OFFER, 'unpublish', { today: TODAY }, t.db)).toMatchObject({ ok: true });
    const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, PEOPLE.host.email));
    expect(mails.map((m) => m.template)).toContain('organisation_reinstated');
    expect(await reinstateOrganisation(admin, ORGANISATION, t.db)).toMatchObject({ ok: false, code: 'ALREADY_DONE' });
  });
});
