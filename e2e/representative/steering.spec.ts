import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { expectEveryChartHasItsTable } from '../support/charts';

/*
 * Issue 14: the steering dashboards. The department's representative sees their department and its
 * schools, and nothing else by the address; the region's drills down from the region to a
 * department and a school. Every chart is followed by the table of its figures; each table
 * downloads as CSV; the per-area figures are on a map too, with a list.
 */

const main = (page: Page) => page.getByRole('main');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('le référent du département voit son département, ses collèges, et rien d’autre', async ({ page }) => {
  await signIn(page, demoUsers.departmentRep.email);
  await main(page).getByRole('link', { name: 'Tableau de bord : Seine-Saint-Denis (93)' }).click();
  await expect(page).toHaveURL(/\/pilotage\/departement\/93$/);
  await expect(h1(page)).toHaveText('Pilotage : Seine-Saint-Denis (93)');
  await expect(main(page)).toContainText(/Chiffres du \d/);
  await expect(
    main(page).getByRole('table', { name: /^Offres déposées et places offertes face à l’objectif/ }),
  ).toBeVisible();
  await expect(
    main(page).getByRole('table', { name: /^Places libres et élèves sans stage par semaine/ }),
  ).toBeVisible();
  await expectEveryChartHasItsTable(page);
  await expectNoAxeViolations(page, '/pilotage/departement/93');

  // The offers' table as CSV: BOM, `;`, the page's headers.
  const download = page.waitForEvent('download');
  await main(page)
    .getByRole('link', { name: /^Télécharger ce tableau \(CSV\) : Offres déposées et places offertes/ })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pilotage-departement-93-\d{4}-\d{4}-offres\.csv$/);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = csv.slice(1).split('\r\n');
  expect(header).toBe('Offres;Offres déposées;Places offertes;Places pourvues;Objectif;Écart (places);Écart (%)');
  expect(lines.filter((line) => line).map((line) => line.split(';')[0])).toEqual(['Publiques', 'Privées', 'Total']);

  // Down to a school of the department.
  const schools = main(page).getByRole('table', { name: /^Élèves et places par collège/ });
  await schools.getByRole('link', { name: 'Collège Henri Barbusse' }).click();
  await expect(h1(page)).toHaveText('Pilotage : Collège Henri Barbusse');
  await expect(page.locator('nav.fr-breadcrumb').getByRole('link', { name: 'Seine-Saint-Denis (93)' })).toBeVisible();
  await expectEveryChartHasItsTable(page);

  // Another department, the region, the country: refused.
  for (const path of ['/pilotage/departement/75', '/pilotage/region/11', '/pilotage/national'])
    expect((await page.goto(path))?.status(), path).toBe(403);
  expect((await page.goto('/pilotage/quartier/1'))?.status()).toBe(404);
  const refused = await page.request.get('/pilotage/export/departement/75?tableau=offres');
  expect(refused.status()).toBe(403);
});

test('le référent régional voit les départements de sa région et descend jusqu’au collège', async ({ page }) => {
  await signIn(page, demoUsers.regionRep.email);
  await main(page)
    .getByRole('link', { name: /^Tableau de bord : Île-de-France/ })
    .click();
  await expect(page).toHaveURL(/\/pilotage\/region\/11$/);
  await expect(h1(page)).toHaveText('Pilotage : Île-de-France');
  const departments = main(page).getByRole('table', { name: /^Places offertes et objectif par département/ });
  await expect(departments.getByRole('link', { name: 'Seine-Saint-Denis (93)' })).toBeVisible();
  await expect(departments.getByRole('link', { name: 'Paris (75)' })).toBeVisible();
  await expect(departments).not.toContainText('Bouches-du-Rhône');
  await expectEveryChartHasItsTable(page);

  // The map of the departments, each circle a link named with its figure; another figure chosen, map and list follow.
  const map = (figure: string) =>
    main(page).getByRole('region', { name: `Carte : ${figure} par département – Île-de-France` });
  await expect(
    map('Élèves inscrits').getByRole('link', { name: /^Seine-Saint-Denis \(93\), élèves inscrits : \d/ }),
  ).toBeVisible();
  await expect(main(page).getByRole('list', { name: 'Élèves inscrits par département' })).toContainText(
    'Paris (75) : 0',
  );
  await main(page).getByLabel('Chiffre représenté').selectOption({ label: 'Places offertes' });
  await expect(
    map('Places offertes').getByRole('link', { name: /^Seine-Saint-Denis \(93\), places offertes : \d/ }),
  ).toBeVisible();
  const list = main(page).getByRole('list', { name: 'Places offertes par département' });
  await expect(list.getByRole('link', { name: 'Seine-Saint-Denis (93)' })).toBeVisible();
  await expect(main(page).getByRole('list', { name: 'Élèves inscrits par département' })).toHaveCount(0);
  await expectNoAxeViolations(page, '/pilotage/region/11');

  // The filters write the URL.
  await main(page).getByLabel('Offres publiques ou privées').selectOption({ label: 'Privées' });
  await main(page).getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/\/pilotage\/region\/11\?.*statut=prive/);
  await expect(main(page).getByLabel('Offres publiques ou privées')).toHaveValue('prive');

  await main(page)
    .getByRole('table', { name: /^Élèves et places par département/ })
    .getByRole('link', { name: 'Seine-Saint-Denis (93)' })
    .click();
  await expect(h1(page)).toHaveText('Pilotage : Seine-Saint-Denis (93)');
  await expect(page).toHaveURL(/statut=prive/);
  await main(page)
    .getByRole('table', { name: /^Élèves et places par collège/ })
    .getByRole('link', { name: 'Collège Henri Barbusse' })
    .click();
  await expect(h1(page)).toHaveText('Pilotage : Collège Henri Barbusse');
  const trail = page.locator('nav.fr-breadcrumb');
  await expect(trail.getByRole('link', { name: 'Île-de-France' })).toBeVisible();
  await expect(trail.getByRole('link', { name: 'Seine-Saint-Denis (93)' })).toBeVisible();
  await expectNoAxeViolations(page, '/pilotage/etablissement/…');

  for (const path of ['/pilotage/departement/13', '/pilotage/region/93', '/pilotage/national'])
    expect((await page.goto(path))?.status(), path).toBe(403);
});
