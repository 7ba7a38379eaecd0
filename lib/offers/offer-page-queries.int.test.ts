import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, PUPILS, demoId } from '@/db/seed/demo-data';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { findOfferForViewer } from './offer-page-queries';

const TODAY = '2026-11-28';
const [ines, yanis, rayan] = [PUPILS[0][0], PUPILS[1][0], PUPILS[6][0]];

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const view = async (viewer: string | null, offer: number) =>
  findOfferForViewer(viewer ? await actor(viewer) : null, demoId(offer), TODAY, t.db);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
});
afterAll(() => t.close());

describe('who sees an offer reserved for a school', () => {
  it('its pupils with parental consent, its head and its teachers', async () => {
    expect(await view(ines.id, 404)).toMatchObject({ id: demoId(404), isReserved: true, preview: false });
    expect(await view(PEOPLE.head.id, 404)).toMatchObject({ isReserved: true, reservation: { status: 'accepted' } });
    expect(await view(PEOPLE.teacher.id, 404)).toMatchObject({ isReserved: true, reservation: null });
  });

  it('nobody from another school, and no visitor: the page is a 404, not a refusal', async () => {
    expect(await view(PEOPLE.headMarseille.id, 404)).toBeNull();
    expect(await view(rayan.id, 404)).toBeNull();
    expect(await view(null, 404)).toBeNull();
    expect(await view(PEOPLE.host.id, 404)).toBeNull();
  });

  it('its host, as a preview', async () => {
    expect(await view(PEOPLE.publicHost.id, 404)).toMatchObject({ preview: true, status: 'published' });
  });
});

describe('drafts and unpublished offers', () => {
  it('only their managers preview them, with their status', async () => {
    expect(await view(PEOPLE.host.id, 407)).toMatchObject({ status: 'draft', preview: true, hours: null });
    expect(await view(PEOPLE.host.id, 408)).toMatchObject({ status: 'unpublished', preview: true });
    for (const viewer of [null, ines.id, PEOPLE.head.id, PEOPLE.publicHost.id, PEOPLE.operator.id]) {
      expect(await view(viewer, 407)).toBeNull();
      expect(await view(viewer, 408)).toBeNull();
    }
  });

  it('admins see every offer, without the host’s preview', async () => {
    expect(await view(PEOPLE.admin.id, 407)).toMatchObject({ status: 'draft', preview: false, tutor: null });
  });

  it('an operator previews the offers it posted for a host it supports', async () => {
    expect(await view(PEOPLE.operator.id, 405)).toMatchObject({
      preview: true,
      organisation: { name: 'Sport et citoyenneté Marseille', kind: 'association' },
    });
  });
});

describe('pupils', () => {
  it('see no offer before the parental authorisation is recorded, even a public one', async () => {
    expect(await view(yanis.id, 401)).toBeNull();
    expect(await view(ines.id, 401)).not.toBeNull();
  });

  it('never get the tutor’s contact details; the host sees the tutor’s name only', async () => {
    const pupilView = await view(ines.id, 401);
    expect(pupilView!.tutor).toBeNull();
    const serialised = JSON.stringify(pupilView);
    expect(serialised).not.toContain('Sophie Lemaire');
    expect(serialised).not.toContain('entreprise@demo.test');
    const hostView = await view(PEOPLE.host.id, 401);
    expect(hostView!.tutor).toEqual({ name: 'Sophie Lemaire', role: null });
    expect(JSON.stringify(hostView)).not.toContain('entreprise@demo.test');
  });
});

describe('what the page tells', () => {
  it('the weeks to come with the seats left: a week with two pupils accepted is full', async () => {
    // 401: 2 seats a week; one confirmed and one accepted application on 14 December, one canceled on 4 January.
    const offer = await view(null, 401);
    expect(offer!.weeks).toEqual([
      { week: '2026-12-14', seatsLeft: 0 },
      { week: '2027-01-04', seatsLeft: 2 },
      { week: '2027-01-11', seatsLeft: 2 },
      { week: '2027-01-18', seatsLeft: 2 },
    ]);
    const later = await findOfferForViewer(null, demoId(401), '2027-01-12', t.db);
    expect(later!.weeks.map((week) => week.week)).toEqual(['2027-01-18']);
  });

  it('the daily hours with the presence, lunch break deducted, and the place and sector', async () => {
    expect(await view(null, 401)).toMatchObject({
      hours: { dailyStart: '09:00', dailyEnd: '16:30', lunchBreakMinutes: 60, presenceMinutes: 390 },
      lunch: 'canteen_invitation',
      street: '12 rue du Landy',
      postcode: '93200',
      commune: 'Saint-Denis',
      sector: { name: expect.any(String) },
      organisation: { name: 'Horizon Logistique Plaine Commune', kind: 'private' },
      seatsPerWeek: 2,
      seatsPerYear: 6,
    });
  });

  it('nothing for a malformed or unknown id', async () => {
    expect(await findOfferForViewer(null, 'not-a-uuid', TODAY, t.db)).toBeNull();
    expect(await findOfferForViewer(await actor(PEOPLE.admin.id), demoId(499), TODAY, t.db)).toBeNull();
  });
});
