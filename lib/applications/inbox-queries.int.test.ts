import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed/demo';
import { demoWeeks } from '@/db/seed/demo-weeks';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { answerApplication } from './answer-mutations';
import { countUnread, findApplicationForHost, listInbox } from './inbox-queries';
import { DEFAULT_INBOX_PARAMS, parseInboxParams } from './inbox-schemas';
import { confirmApplication } from './mutations';

/*
 * The host's inbox on the demo data: only the applications to the offers the host manages, filtered
 * and sorted by the database, and the pupil's surname and school withheld until they confirm.
 */

const NOW = new Date('2026-11-28T10:00:00Z');
const [W0, W1] = demoWeeks(NOW).list as [string, string];

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
});
afterAll(() => t.close());

describe('the host’s inbox', () => {
  it('lists by default what waits for an answer or a confirmation, and every state on demand, for its own offers only', async () => {
    const prefecture = await actor(PEOPLE.publicHost.id);
    const waiting = await listInbox(prefecture, DEFAULT_INBOX_PARAMS, t.db);
    expect(waiting!.rows.map((row) => row.id)).toEqual([demoId(504)]);
    const all = await listInbox(prefecture, { ...DEFAULT_INBOX_PARAMS, status: 'all', sort: 'week', dir: 'asc' }, t.db);
    expect(all!.rows.map((row) => row.id).sort()).toEqual([demoId(502), demoId(504), demoId(507), demoId(510)].sort());
    expect(all!.rows.map((row) => row.week)).toEqual([...all!.rows.map((row) => row.week)].sort());
    const week = await listInbox(prefecture, { ...DEFAULT_INBOX_PARAMS, status: 'all', week: W0 }, t.db);
    expect(week!.rows.every((row) => row.week === W0)).toBe(true);
    expect(week!.total).toBe(2);
    const company = await listInbox(await actor(PEOPLE.host.id), { ...DEFAULT_INBOX_PARAMS, status: 'all' }, t.db);
    expect(company!.rows.map((row) => row.offerId)).not.toContain(demoId(403));
    const byOffer = await listInbox(
      await actor(PEOPLE.host.id),
      { ...DEFAULT_INBOX_PARAMS, status: 'all', sort: 'offer', dir: 'desc' },
      t.db,
    );
    const titles = byOffer!.rows.map((row) => row.offerTitle);
    expect(titles).toEqual([...titles].sort().reverse());
    expect(new Set(titles).size).toBeGreaterThan(1);
    expect(await listInbox(await actor(PUPILS[0][0].id), DEFAULT_INBOX_PARAMS, t.db)).toBeNull();
  });

  it('reads the URL’s sort, state and week, and falls back on anything else', () => {
    expect(parseInboxParams({ sort: 'week', dir: 'asc', statut: 'rejected', semaine: W1, page: '2' })).toEqual({
      sort: 'week',
      dir: 'asc',
      status: 'rejected',
      week: W1,
      page: 2,
    });
    expect(parseInboxParams({ sort: 'drop table', statut: 'x', semaine: '2026-12-02' })).toEqual(DEFAULT_INBOX_PARAMS);
  });

  it('counts the unread, and gives the pupil’s full name and school only once they confirm', async () => {
    const company = await actor(PEOPLE.host.id);
    const unread = await countUnread(company, t.db);
    expect(unread).toBeGreaterThan(0);
    const before = await findApplicationForHost(company, demoId(505), t.db);
    expect(before).toMatchObject({ status: 'accepted', pupilName: 'Moussa D.', confirmedPupil: null });
    expect(await findApplicationForHost(await actor(PEOPLE.publicHost.id), demoId(505), t.db)).toBeNull();
    expect(
      await confirmApplication(await actor(PUPILS[2][0].id), demoId(505), { today: '2026-11-28' }, t.db),
    ).toMatchObject({ ok: true });
    expect(await findApplicationForHost(company, demoId(505), t.db)).toMatchObject({
      confirmedPupil: { name: 'Moussa Diallo', school: 'Collège Henri Barbusse', className: '3e A' },
    });
    // Opening an unread application marks it read.
    const [first] = (await listInbox(company, { ...DEFAULT_INBOX_PARAMS, status: 'submitted' }, t.db))!.rows;
    expect(await answerApplication(company, first!.id, { kind: 'read' }, {}, t.db)).toMatchObject({ ok: true });
    expect(await countUnread(company, t.db)).toBe(unread - 1);
  });
});
