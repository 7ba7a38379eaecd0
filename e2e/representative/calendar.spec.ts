import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { demoWeeks } from '../../db/seed/demo-weeks';
import { formatDay, formatWeek } from '../../lib/calendar/format';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

/*
 * Issue 12: the department's representative sees every registered collège's weeks on one
 * calendar, pupils against seats per week, holidays included, and downloads it; the region's
 * representative chooses among its departments and reaches no other.
 */

const main = (page: Page) => page.getByRole('main');
const [W0] = demoWeeks(new Date()).list as [string];

test('le référent du département voit le calendrier des collèges et le télécharge', async ({ page }) => {
  await signIn(page, demoUsers.departmentRep.email);
  await main(page).getByRole('link', { name: 'Calendrier des stages du département' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendrier des stages du département');
  await expect(main(page)).toContainText('Seine-Saint-Denis (93)');

  const weeks = main(page).getByRole('table', { name: /^Élèves et places offertes par semaine de stage/ });
  // 3e A of Collège Henri Barbusse takes the first demo week; Christmas shows as holidays.
  await expect(weeks.getByRole('row', { name: new RegExp(formatWeek(W0), 'i') })).toBeVisible();
  await expect(weeks).toContainText('Vacances de Noël');
  const schools = main(page).getByRole('table', { name: /^Collèges inscrits et semaines de stage/ });
  await expect(schools.getByRole('row').filter({ hasText: 'Collège Henri Barbusse' })).toContainText('3e A');
  await expectNoAxeViolations(page, '/pilotage/calendrier');

  const download = page.waitForEvent('download');
  await main(page).getByRole('link', { name: 'Télécharger la liste des collèges (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^calendrier-93-\d{4}-\d{4}-colleges\.csv$/);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const barbusse = csv.split('\r\n').find((line) => line.startsWith('0931232J;Collège Henri Barbusse;'));
  expect(barbusse).toContain(';3e A;');
  expect(barbusse).toContain(formatDay(W0, 'short'));

  // Another department, by the address: refused.
  expect((await page.goto('/pilotage/calendrier?departement=75'))?.status()).toBe(403);
});

test('le référent régional choisit un département de sa région, et aucun autre', async ({ page }) => {
  await signIn(page, demoUsers.regionRep.email);
  await page.goto('/pilotage/calendrier');
  await main(page).getByLabel('Département').selectOption({ label: 'Seine-Saint-Denis (93)' });
  await main(page).getByRole('button', { name: 'Afficher' }).click();
  await expect(main(page)).toContainText('Seine-Saint-Denis (93)');
  await expect(main(page).getByRole('row').filter({ hasText: 'Collège Henri Barbusse' })).toBeVisible();
  expect((await page.goto('/pilotage/calendrier?departement=13'))?.status()).toBe(403);
});
