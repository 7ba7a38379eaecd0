import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@/db/seed/demo-data';
import { applicationStatus } from '@/db/schema/enums';
import type { ApplicationStatus } from '@/lib/applications/rules';
import { followUpFixtures, TODAY, WEEKS, type ApplicationFixture } from '@/lib/testing/follow-up';
import { exportFollowUp, listFollowUp } from './follow-up-queries';
import { DEFAULT_FOLLOW_UP_PARAMS, type BestState } from './follow-up-schemas';

/*
 * A pupil's best state, computed in SQL, for every combination of application states: one pupil per
 * subset of the ten statuses (1 024 pupils), each status an application to an offer of its own host,
 * the confirmed one's convention recorded completed, not held or not yet after the week (by the
 * pupil's number), and each pupil's row checked against the rule written out in TypeScript below.
 */

const f = followUpFixtures();
const STATUSES = applicationStatus.enumValues;
// Where each status's application is: `read` is a week before `submitted`, so that a pupil with both
// shows the earlier one; the confirmed one is on a week of its own (one confirmed per week).
const WEEK_OF: Record<ApplicationStatus, string> = {
  submitted: WEEKS[1],
  read: WEEKS[0],
  accepted: WEEKS[2],
  confirmed: WEEKS[1],
  rejected: WEEKS[0],
  canceled_by_pupil: WEEKS[0],
  canceled_by_host: WEEKS[1],
  expired: WEEKS[2],
  acceptance_expired: WEEKS[2],
  superseded: WEEKS[1],
};
const host = (status: ApplicationStatus) => `Structure ${status}`;
/** What the convention of a confirmed internship records after the week, by the pupil's number. */
const OUTCOMES = ['completed', 'not_held', null] as const;
type Outcome = (typeof OUTCOMES)[number];
const outcomeOf = (mask: number, subset: ApplicationStatus[]): Outcome =>
  subset.includes('confirmed') ? OUTCOMES[mask % 3]! : null;

/**
 * The rule of the follow-up, independently: completed (a confirmed internship whose convention says
 * so), else confirmed, else accepted, else the earliest waiting one.
 */
function expected(
  statuses: ApplicationStatus[],
  outcome: Outcome,
): { state: BestState; week: string | null; host: string | null } {
  const best = (status: ApplicationStatus, state: BestState) => ({ state, week: WEEK_OF[status], host: host(status) });
  if (statuses.includes('confirmed')) return best('confirmed', outcome === 'completed' ? 'completed' : 'confirmed');
  if (statuses.includes('accepted')) return best('accepted', 'accepted');
  const waiting = statuses.filter((status) => status === 'submitted' || status === 'read');
  waiting.sort((a, b) => WEEK_OF[a].localeCompare(WEEK_OF[b]));
  return waiting[0] ? best(waiting[0], 'applied') : { state: 'none', week: null, host: null };
}

describe('a pupil’s best state', () => {
  it('is right for each of the 1 024 combinations of the ten application states', async () => {
    const classId = await f.schoolClass('3e Combinaisons');
    const offers = new Map<ApplicationStatus, string>();
    for (const status of STATUSES) offers.set(status, await f.offer(host(status)));
    const subsets = Array.from({ length: 2 ** STATUSES.length }, (_, mask) =>
      STATUSES.filter((_status, bit) => mask & (1 << bit)),
    );
    const names = subsets.map((_, mask) => `Combinaison ${String(mask).padStart(4, '0')}`);
    const ids = await f.pupils(classId, names);
    const fixtures = subsets.flatMap((subset, i) =>
      subset.map((status): ApplicationFixture & { mask: number } => ({
        pupilId: ids[i]!,
        offerId: offers.get(status)!,
        week: WEEK_OF[status],
        status,
        mask: i,
      })),
    );
    const applicationIds = await f.applications(fixtures.map(({ mask: _mask, ...fixture }) => fixture));
    for (const outcome of ['completed', 'not_held'] as const)
      await f.outcomes(
        applicationIds.filter(
          (_id, row) =>
            fixtures[row]!.status === 'confirmed' &&
            outcomeOf(fixtures[row]!.mask, subsets[fixtures[row]!.mask]!) === outcome,
        ),
        outcome,
      );

    const head = await f.actor(PEOPLE.head.id);
    const rows = (await exportFollowUp(head, { ...DEFAULT_FOLLOW_UP_PARAMS, classId }, TODAY, f.db))!;
    expect(rows).toHaveLength(subsets.length);
    const byName = new Map(rows.map((row) => [row.lastName, row]));
    subsets.forEach((subset, mask) => {
      const row = byName.get(names[mask]!)!;
      expect(
        { applications: row.applications, state: row.state, week: row.week, host: row.host },
        subset.join(', ') || 'aucune',
      ).toEqual({ applications: subset.length, ...expected(subset, outcomeOf(mask, subset)) });
    });
    // 2^9 subsets hold a confirmed application, a third of them completed (the others not held or
    // not recorded yet); of the others, 2^8 an accepted one; then those with submitted or read; the
    // 2^6 left have none (7 states of 10 count in "sent" only).
    const count = (state: BestState) => rows.filter((row) => row.state === state).length;
    const completed = subsets.filter((subset, mask) => outcomeOf(mask, subset) === 'completed').length;
    expect(completed).toBe(171);
    expect([count('completed'), count('confirmed'), count('accepted'), count('applied'), count('none')]).toEqual([
      171,
      512 - 171,
      256,
      192,
      64,
    ]);

    // The state filter reads the same SQL: one page of each, with its total.
    for (const [state, total] of [
      ['completed', 171],
      ['confirmed', 512 - 171],
      ['none', 64],
    ] as const) {
      const page = (await listFollowUp(head, { ...DEFAULT_FOLLOW_UP_PARAMS, classId, state }, TODAY, f.db))!;
      expect(page.total).toBe(total);
      expect(page.rows.every((row) => row.state === state)).toBe(true);
    }
  });

  it('shows the earliest week when several applications share the best state', async () => {
    const classId = await f.schoolClass('3e Plusieurs');
    const [waiting, accepted] = await f.pupils(classId, ['Attente', 'Acceptations']);
    const [late, early] = [await f.offer('Structure tardive'), await f.offer('Structure précoce')];
    await f.applications([
      { pupilId: waiting!, offerId: late, week: WEEKS[2], status: 'submitted' },
      { pupilId: waiting!, offerId: early, week: WEEKS[1], status: 'submitted' },
      { pupilId: waiting!, offerId: early, week: WEEKS[0], status: 'rejected' },
      { pupilId: accepted!, offerId: late, week: WEEKS[0], status: 'accepted' },
      { pupilId: accepted!, offerId: early, week: WEEKS[2], status: 'accepted' },
      { pupilId: accepted!, offerId: early, week: WEEKS[1], status: 'read' },
    ]);
    const head = await f.actor(PEOPLE.head.id);
    const rows = (await exportFollowUp(head, { ...DEFAULT_FOLLOW_UP_PARAMS, classId, sort: 'pupil' }, TODAY, f.db))!;
    expect(
      rows.map(({ lastName, applications, state, week, host }) => ({ lastName, applications, state, week, host })),
    ).toEqual([
      { lastName: 'Acceptations', applications: 3, state: 'accepted', week: WEEKS[0], host: 'Structure tardive' },
      { lastName: 'Attente', applications: 3, state: 'applied', week: WEEKS[1], host: 'Structure précoce' },
    ]);
  });
});
