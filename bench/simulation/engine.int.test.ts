import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/db/testing';
import { DEADLINES } from '@/lib/applications/rules';
import { simulateCampaign, type SimulationOptions } from './engine';

/*
 * The simulator on a small campaign (12 collèges of Seine-Saint-Denis, about 90 seats): the same
 * seed plays the same campaign, and the domain's rules decide its outcome (a rule changed there
 * changes the figures).
 */

const SMALL: SimulationOptions = {
  seed: 7,
  scale: 0.025,
  scenario: 'a',
  area: { departments: ['93'], schools: 12 },
};

async function play(options: SimulationOptions) {
  const t = await createTestDb();
  try {
    const { result, counts } = await simulateCampaign(t.db, options);
    const { seconds: _timings, ...activity } = counts;
    return { result, activity };
  } finally {
    await t.close();
  }
}

describe('the campaign simulation', () => {
  let first: Awaited<ReturnType<typeof play>>;
  beforeAll(async () => {
    first = await play(SMALL);
  }, 120_000);

  it('is reproducible from its seed, and counts every confirmed internship once', { timeout: 120_000 }, async () => {
    const second = await play(SMALL);
    expect(second).toEqual(first);

    const { national, departments } = first.result;
    expect(first.activity.applications).toBeGreaterThan(50);
    expect(national.seatsFilled).toBeGreaterThan(0);
    // One internship week per class: a placed pupil holds one seat.
    expect(national.pupilsPlaced).toBe(national.seatsFilled);
    expect(national.seatsFilled).toBe(first.activity.confirmations);
    const departmentsTotal = Object.values(departments).reduce((sum, area) => sum + area.seatsOffered, 0);
    expect(departmentsTotal).toBe(national.seatsOffered);
  });

  it(
    'goes through the domain: hosts given 2 days instead of 15 to answer place fewer pupils',
    { timeout: 120_000 },
    async () => {
      const usual = first;
      const deadlines = DEADLINES as { answerDays: number };
      const answerDays = deadlines.answerDays;
      deadlines.answerDays = 2;
      try {
        const hurried = await play(SMALL);
        // Same campaign, same applications sent at first; most answers now come after the expiry.
        expect(hurried.result.national.seatsOffered).toBe(usual.result.national.seatsOffered);
        // Pupils whose applications expire sooner apply again sooner (the daily job closes them)…
        expect(hurried.activity.applications).toBeGreaterThan(usual.activity.applications);
        // …but answers after 2 days now find them expired: about 40 % fewer placements on this seed.
        expect(hurried.result.national.pupilsPlaced).toBeLessThan(usual.result.national.pupilsPlaced * 0.8);
      } finally {
        deadlines.answerDays = answerDays;
      }
    },
  );
});
