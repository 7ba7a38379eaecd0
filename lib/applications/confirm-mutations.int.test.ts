import { inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE } from '@/db/seed/demo-data';
import { applicationFixtures, race, W0, W1, W2 } from '@/lib/testing/applications';

/*
 * The pupil's confirmation on both databases: it withdraws the rest in one transaction, under any
 * concurrency, and never leaves half its work done.
 */

const f = applicationFixtures();
const { pupils, offer, applyTo, accept, confirm, statuses, mailsTo } = f;

describe('confirming', () => {
  it('20 confirmations at once by one pupil for one week leave exactly one, the rest withdrawn and their hosts told', async () => {
    const [pupil] = await pupils(1);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await applyTo(pupil!, await offer()));
    for (const id of ids) expect(await accept(id)).toMatchObject({ ok: true });
    const results = await race(ids.map((id) => () => confirm(pupil!, id)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await statuses(ids);
    expect(after.filter((status) => status === 'confirmed')).toHaveLength(1);
    expect(after.filter((status) => status === 'superseded')).toHaveLength(19);
    expect(
      (await mailsTo(PEOPLE.host.email, 'application_withdrawn_confirmed_elsewhere')).length,
    ).toBeGreaterThanOrEqual(19);
  });

  it('two internships a year: a third confirmation racing the second is refused, and the other applications are withdrawn', async () => {
    const [pupil] = await pupils(1);
    const [a, b, c, waiting] = [
      await applyTo(pupil!, await offer(), W0),
      await applyTo(pupil!, await offer(), W1),
      await applyTo(pupil!, await offer(), W2),
      await applyTo(pupil!, await offer(), W2),
    ];
    for (const id of [a, b, c]) expect(await accept(id!)).toMatchObject({ ok: true });
    expect(await confirm(pupil!, a!)).toMatchObject({ ok: true });
    const results = await race([() => confirm(pupil!, b!), () => confirm(pupil!, c!)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await statuses([a!, b!, c!, waiting!]);
    expect(after.filter((status) => status === 'confirmed')).toHaveLength(2);
    expect(after[3]).toBe('superseded');
  });

  it('a failure in the middle of a confirmation leaves nothing half done', async () => {
    const [pupil] = await pupils(1);
    const [kept, other] = [await applyTo(pupil!, await offer()), await applyTo(pupil!, await offer())];
    for (const id of [kept, other]) await accept(id!);
    const events = async () =>
      (
        await f.db
          .select()
          .from(s.applicationEvents)
          .where(inArray(s.applicationEvents.applicationId, [kept!, other!]))
      ).length;
    const before = await events();
    await f.db.execute(
      sql`create function fail_superseded() returns trigger language plpgsql as $$ begin raise exception 'panne'; end $$`,
    );
    await f.db.execute(
      sql`create trigger fail_superseded before insert on application_events for each row when (new.to_status = 'superseded') execute function fail_superseded()`,
    );
    try {
      await expect(confirm(pupil!, kept!)).rejects.toThrow();
    } finally {
      await f.db.execute(sql`drop trigger fail_superseded on application_events`);
      await f.db.execute(sql`drop function fail_superseded()`);
    }
    expect(await statuses([kept!, other!])).toEqual(['accepted', 'accepted']);
    expect(await events()).toBe(before);
    expect(await confirm(pupil!, kept!)).toMatchObject({ ok: true });
  });
});
