import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

/*
 * Issue 16: the admin loads the result of `npm run simulate:campaign` into a simulated campaign; the
 * department's representative sees its 93 slice in a section of its own on their dashboard; deleted,
 * it is gone. A loaded simulation shows on every territory's dashboard, which other specs read: the
 * spec runs alone, after the others (the "exclusive" project), on the fresh demo database of each run.
 */

const FIXTURE = fileURLToPath(new URL('../fixtures/simulation-result.json', import.meta.url));
const LABEL = 'Simulation de démonstration e2e';
const SECTION = 'Campagne simulée (démonstration)';

const main = (page: Page) => page.getByRole('main');
/** A row's cells after its header, spaces (the narrow no-break ones of fr-FR) made plain. */
const rowCells = async (table: Locator, header: string) =>
  (
    await table
      .getByRole('row')
      .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) })
      .getByRole('cell')
      .allTextContents()
  ).map((text) => text.replace(/\s/g, ' '));

test('l’administrateur charge une campagne simulée, le référent du 93 la voit à part, puis elle est supprimée', async ({
  browser,
}) => {
  test.slow(); // two people signed in, each password hashed (about 1 s each on two cores), four axe scans
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoUsers.admin.email);
  await main(admin).getByRole('link', { name: 'Campagnes simulées' }).click();
  await expect(admin.locator('h1:not(dialog h1)')).toHaveText('Campagnes simulées');
  await expect(main(admin).getByText(/^Aucune simulation n’est chargée/)).toBeVisible();
  await expectNoAxeViolations(admin, '/admin/simulations');

  // Not a result: refused with its reason, the name typed kept.
  const form = main(admin)
    .locator('form')
    .filter({ has: admin.getByLabel(/^Nom de la simulation/) });
  await form.getByLabel(/^Nom de la simulation/).fill(LABEL);
  await form.getByLabel(/^Fichier de résultat/).setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"seed": 1}'),
  });
  await form.getByRole('button', { name: 'Charger la simulation' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'Ce fichier n’est pas un résultat de simulation au format attendu. Premier problème, « version »',
  );
  await expect(form.getByLabel(/^Nom de la simulation/)).toHaveValue(LABEL);
  await expectNoAxeViolations(admin, 'simulation refusée');

  await form.getByLabel(/^Fichier de résultat/).setInputFiles(FIXTURE);
  await form.getByRole('button', { name: 'Charger la simulation' }).click();
  await expect(admin).toHaveURL(/\/admin\/simulations\?fait=chargee$/);
  await expect(main(admin).getByText('La simulation est chargée')).toBeVisible();
  const row = main(admin).getByRole('row').filter({ hasText: LABEL });
  await expect(row).toContainText('Montrée au pilotage');
  // Campaign simulated, seed, scale, as the file has them.
  await expect(row.getByRole('cell').nth(1)).toHaveText('2026-2027');
  await expect(row.getByRole('cell').nth(2)).toHaveText('2026');
  await expect(row.getByRole('cell').nth(3)).toHaveText('0,05');
  await expectNoAxeViolations(admin, 'simulation chargée');

  // The department's representative: the 93's figures, apart from the live ones, and no other territory's.
  const rep = await (await browser.newContext()).newPage();
  await signIn(rep, demoUsers.departmentRep.email);
  await rep.goto('/pilotage/departement/93');
  const section = main(rep).getByRole('region', { name: SECTION });
  await expect(section.getByText(/ne sont pas ceux de la campagne/)).toBeVisible();
  const table = section.getByRole('table', { name: /^Campagne simulée, Seine-Saint-Denis \(93\)/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^Campagne \d{4}-\d{4} \(référence\)$/ })).toBeVisible();
  expect((await rowCells(table, 'Places offertes')).slice(0, 3)).toEqual(['1 240', '1 240', '0']);
  expect((await rowCells(table, 'Places pourvues')).slice(0, 3)).toEqual(['410', '720', '+310']);
  expect((await rowCells(table, 'Part pourvue (%)')).slice(0, 3)).toEqual(['33,1', '58,1', '+25']); // 410 / 1 240, 720 / 1 240
  expect(await rowCells(table, 'Distance médiane (km)')).toEqual(['8,2', '6,5', '-1,7', '—']);
  await expect(table).not.toContainText(/31\s000/); // France's
  await expectNoAxeViolations(rep, '/pilotage/departement/93 avec une campagne simulée');

  // Deleting asks for the confirmation; the dashboards no longer show it.
  await admin.reload();
  await row.getByRole('checkbox', { name: `Je confirme la suppression de « ${LABEL} »` }).check({ force: true });
  await row.getByRole('button', { name: `Supprimer la simulation « ${LABEL} »` }).click();
  await expect(admin).toHaveURL(/\/admin\/simulations\?fait=supprimee$/);
  await expect(main(admin).getByRole('row').filter({ hasText: LABEL })).toHaveCount(0);
  await expect(main(admin).getByText(/^Aucune simulation n’est chargée/)).toBeVisible();
  await expectNoAxeViolations(admin, 'simulation supprimée');

  await rep.reload();
  await expect(rep.getByRole('heading', { level: 1 })).toHaveText('Pilotage : Seine-Saint-Denis (93)');
  await expect(main(rep).getByRole('heading', { name: SECTION })).toHaveCount(0);
});
