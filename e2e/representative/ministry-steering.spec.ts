import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { MINISTRIES } from '../../db/seed/data/targets';
import { demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { expectEveryChartHasItsTable } from '../support/charts';

/*
 * Issue 14: a ministry's representative follows their ministry's offers, wherever they are, and
 * nothing territorial. The demo's figures for the ministère de l'Intérieur, from its seed (the
 * prefecture's two offers and the search offers of town halls, police and fire stations): 22
 * published offers, 109 seats, an Annex 2 target of 230, so a gap of -121 seats. The 51 public
 * offers of 8 other ministries and the 237 private and association ones are not counted. No other
 * desktop spec publishes, withdraws or resizes an offer of this ministry: the figures hold for the
 * whole run (confirmed internships may move, so they are not checked).
 */

const ministryId = (name: string) => MINISTRIES.find((ministry) => ministry.name === name)!.id;
const INTERIOR = ministryId('Intérieur');
const JUSTICE = ministryId('Justice');
const DASHBOARD = `/pilotage/ministere/${INTERIOR}`;

const main = (page: Page) => page.getByRole('main');

/** The figures of a table row (its header cell aside). */
const rowCells = (page: Page, table: RegExp, row: string) =>
  main(page)
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell');

test('la référente du ministère voit les offres de son ministère, et aucune autre vue', async ({ page }) => {
  await signIn(page, demoUsers.ministryRep.email);
  await expect(page).toHaveURL(/\/pilotage$/);
  await expect(main(page)).toContainText('Pilotage des stages de 3e : Ministère : Intérieur.');
  // A ministry has no territory: no department calendar.
  await expect(main(page).getByRole('link', { name: /Calendrier des stages/ })).toHaveCount(0);
  await main(page).getByRole('link', { name: 'Tableau de bord : Intérieur' }).click();
  await expect(page).toHaveURL(new RegExp(`${DASHBOARD}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pilotage : Intérieur');

  // Its offers only: public ones, against Annex 2; no pupils, schools or weeks (those are territorial).
  const keyFigure = (label: string) => main(page).getByRole('listitem').filter({ hasText: label }).locator('p').first();
  await expect(keyFigure('offres déposées')).toHaveText('22');
  await expect(keyFigure('places offertes')).toHaveText('109');
  await expect(main(page).getByText('élèves inscrits')).toHaveCount(0);
  const offers = /^Offres déposées et places offertes face à l’objectif \(annexe 2, stages publics\)/;
  await expect(rowCells(page, offers, 'Publiques')).toHaveText(['22', '109', /\d+/, '230', /121$/, /52,6$/]);
  await expect(rowCells(page, offers, 'Privées')).toHaveText(['0', '0', '0', '—', '—', '—']);
  await expect(rowCells(page, offers, 'Total').first()).toHaveText('22');
  for (const name of [/^Élèves et places par/, /^Places libres et élèves sans stage/])
    await expect(main(page).getByRole('table', { name })).toHaveCount(0);
  const ministries = main(page).getByRole('table', { name: /^Offres publiques par ministère/ });
  await expect(ministries.getByRole('rowheader')).toHaveText(['Intérieur']);
  await expectEveryChartHasItsTable(page);
  await expectNoAxeViolations(page, '/pilotage/ministere/…');

  // The ministries' table as CSV: its one row, the page's figures.
  const download = page.waitForEvent('download');
  await main(page)
    .getByRole('link', { name: /^Télécharger ce tableau \(CSV\) : Offres publiques par ministère/ })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^pilotage-ministere-${INTERIOR}-\\d{4}-\\d{4}-ministeres\\.csv$`),
  );
  const [header, ...lines] = (await readFile((await file.path())!, 'utf8')).slice(1).split('\r\n');
  expect(header).toBe(
    'Ministère;Offres déposées;Places offertes;Stages confirmés;Objectif annexe 2;Écart (places);Écart (%)',
  );
  expect(lines.filter((line) => line)).toEqual([expect.stringMatching(/^Intérieur;22;109;\d+;230;-121;/)]);

  // Every other view, by its address: refused, as is another ministry's export.
  for (const path of [
    '/pilotage/national',
    '/pilotage/region/11',
    '/pilotage/departement/93',
    `/pilotage/etablissement/${demoId(101)}`,
    `/pilotage/ministere/${JUSTICE}`,
  ])
    expect((await page.goto(path))?.status(), path).toBe(403);
  const refused = await page.request.get(`/pilotage/export/ministere/${JUSTICE}?tableau=ministeres`);
  expect(refused.status()).toBe(403);
});
