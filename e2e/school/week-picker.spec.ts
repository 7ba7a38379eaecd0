import { expect, test, type Locator } from '@playwright/test';
import { demoWeeks } from '../../db/seed/demo-weeks';
import { formatWeek } from '../../lib/calendar/format';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { unique } from '../support/unique';

/*
 * Issue 12: choosing a class's weeks, the head sees the holidays of the collège's zone (C for
 * Saint-Denis), the last week before each break, the other collèges within 60 km that chose each
 * week with their pupils (the demo's Collège Jean Moulin, Aubervilliers: 3e 2, three pupils, on the
 * second demo week), and the free seats around; the three weeks suggested are those with the most
 * free seats per pupil, read back from the page itself.
 */

const [, W1] = demoWeeks(new Date()).list as [string, string];

interface WeekFacts {
  name: string;
  holiday: boolean;
  beforeHoliday: boolean;
  pupils: number;
  freeSeats: number;
  suggested: boolean;
}

/** "1 234" with a narrow no-break space as French writes it, or "Aucune", as a number. */
const count = (name: string, pattern: RegExp) => {
  const match = pattern.exec(name);
  return match ? Number(match[1]!.replace(/\D/g, '')) : 0;
};

async function readWeeks(boxes: Locator): Promise<WeekFacts[]> {
  const names = await boxes.evaluateAll((inputs) =>
    inputs.map((input) => ((input as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ')),
  );
  return names.map((name) => ({
    name,
    holiday: name.includes('pas de stage pendant les vacances'),
    beforeHoliday: name.includes('Dernière semaine avant les'),
    pupils: count(name, /à moins de 60 km · ([\d  ]+) élèves?/),
    freeSeats: count(name, /([\d  ]+) places? libres?/),
    suggested: name.includes('Semaine suggérée'),
  }));
}

test('la cheffe choisit les semaines d’une classe en voyant vacances, voisins et places libres', async ({ page }) => {
  const className = `3e S${unique().slice(-4)}`;
  await signIn(page, demoUsers.head.email);
  await page.goto('/etablissement/classes');
  await page.getByLabel(/^Nom de la classe/).fill(className);
  await page.getByRole('button', { name: 'Ouvrir la classe' }).click();
  await expect(page).toHaveURL(/\/modifier\?fait=classe-ouverte$/);

  const group = page.getByRole('group', { name: /^Semaines de stage/ });
  const boxes = group.getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  // Christmas holidays of zone C: no internship, the box cannot be ticked; the week before is flagged.
  const christmas = group.getByRole('checkbox', {
    name: /Vacances de Noël \(zone C\) : pas de stage pendant les vacances/,
  });
  await expect(christmas.first()).toBeDisabled();
  await expect(
    group.getByRole('checkbox', { name: /Dernière semaine avant les vacances de Noël : à éviter/ }),
  ).toHaveCount(1);
  // The neighbouring collège's class on the second demo week.
  await expect(
    group.getByRole('checkbox', {
      name: new RegExp(`^${formatWeek(W1)}.*1 autre collège à moins de 60 km · 3 élèves`, 'i'),
    }),
  ).toHaveCount(1);

  // The suggested weeks are the three with the most free seats per pupil (a new class: no pupil of
  // its own yet, so at least one), never a holiday week nor the last week before one.
  const weeks = await readWeeks(boxes);
  const ranked = weeks
    .filter((week) => !week.holiday && !week.beforeHoliday && week.freeSeats > 0)
    .map((week, order) => ({ ...week, order, ratio: week.freeSeats / Math.max(1, week.pupils) }))
    .sort((a, b) => b.ratio - a.ratio || a.order - b.order)
    .slice(0, 3)
    .map((week) => week.name);
  expect(ranked).toHaveLength(3);
  expect(weeks.filter((week) => week.suggested).map((week) => week.name)).toEqual(
    weeks.filter((week) => ranked.includes(week.name)).map((week) => week.name),
  );
  await expect(page.getByText(/^Semaines suggérées : /)).toBeVisible();
  await expectNoAxeViolations(page, '/etablissement/classes/[id]/modifier (semaines)');

  await group
    .getByRole('checkbox', { name: /Semaine suggérée/ })
    .first()
    .check({ force: true });
  await page.getByRole('button', { name: 'Enregistrer la classe' }).click();
  await expect(page.getByText(`La classe ${className} est enregistrée.`)).toBeVisible();
});
