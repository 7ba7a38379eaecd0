import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@/db/seed/demo-data';
import { applicationFixtures, NOW, W1 } from '@/lib/testing/applications';
import { runApplicationDeadlines } from './deadline-mutations';

/* The time limits of applications on both databases: run twice, they change nothing the second time. */

const f = applicationFixtures();
const { pupils, offer, applyTo, accept, statuses, mailsTo } = f;

describe('time limits', () => {
  it('expire the unanswered and release the unconfirmed, remind once, and change nothing when run again', async () => {
    const [pupil, late] = await pupils(2);
    const waiting = await applyTo(pupil!, await offer(), W1);
    const acceptedId = await applyTo(late!, await offer(), W1);
    await accept(acceptedId);
    const days = (d: number) => new Date(NOW.getTime() + d * 86_400_000);
    const dayOf = (d: number) => days(d).toISOString().slice(0, 10);
    const reminders = async () => [
      (await mailsTo(late!.email, 'application_pupil_reminder')).length,
      (await mailsTo(PEOPLE.host.email, 'application_host_reminder')).filter((m) => m.text.includes(waiting)).length,
    ];
    // Day 5: the pupil's reminder; day 7: the host's, and the acceptance lapses; day 15: the expiry.
    await runApplicationDeadlines(dayOf(5), days(5), f.db);
    expect(await reminders()).toEqual([1, 0]);
    await runApplicationDeadlines(dayOf(7), days(7), f.db);
    expect(await reminders()).toEqual([1, 1]);
    expect(await statuses([waiting, acceptedId])).toEqual(['submitted', 'acceptance_expired']);
    await runApplicationDeadlines(dayOf(15), days(15), f.db);
    expect(await runApplicationDeadlines(dayOf(15), days(15), f.db)).toEqual({
      expired: 0,
      lapsed: 0,
      hostReminders: 0,
      pupilReminders: 0,
    });
    expect(await reminders()).toEqual([1, 1]);
    expect(await statuses([waiting, acceptedId])).toEqual(['expired', 'acceptance_expired']);
    expect(await mailsTo(pupil!.email, 'application_expired')).toHaveLength(1);
    expect(await mailsTo(late!.email, 'application_acceptance_lapsed')).toHaveLength(1);
  });
});
