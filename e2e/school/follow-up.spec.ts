import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { CLASSES, demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { pageHeading } from './support';

/*
 * Issue 12: the head follows every pupil of the collège (figures, filters, CSV for a French
 * spreadsheet, one pupil's applications and their history); a main teacher follows their own class
 * only. Read-only on the demo data; other specs may add pupils to 3e A, so lists are checked by the
 * pupils the demo seeds, never by a total.
 */

const main = (page: Page) => page.getByRole('main');
const pupilRow = (page: Page, name: string) => main(page).getByRole('row').filter({ hasText: name });

async function csvOf(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

test.describe('suivi des élèves par la cheffe', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.head.email);
  });

  test('les chiffres, la liste filtrée et la page d’un élève', { tag: '@mobile' }, async ({ page }) => {
    await page.goto('/etablissement');
    await main(page)
      .getByRole('link', { name: /Suivi des élèves/ })
      .click();
    await expect(pageHeading(page)).toHaveText('Suivi des élèves');
    await expect(main(page).getByRole('table', { name: 'Chiffres par classe' })).toContainText('3e B');
    // Inès has her internship confirmed; Yanis has no application and no parental authorisation yet.
    await expect(pupilRow(page, 'Benali')).toContainText('Stage confirmé');
    await expect(pupilRow(page, 'Haddad')).toContainText('En attente');
    // Rayan is a pupil of the Marseille collège: never listed here.
    await expect(main(page).getByText('Chérif')).toHaveCount(0);
    await expectNoAxeViolations(page, '/etablissement/eleves');

    await main(page).getByLabel('Classe').selectOption({ label: '3e B' });
    await main(page).getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(new RegExp(`classe=${CLASSES.B[0]}`));
    await expect(pupilRow(page, 'Traoré')).toBeVisible();
    await expect(pupilRow(page, 'Benali')).toHaveCount(0);

    await page.goto('/etablissement/eleves');
    await main(page)
      .getByRole('link', { name: /Benali/ })
      .first()
      .click();
    await expect(pageHeading(page)).toHaveText('Inès Benali');
    await expect(main(page).getByText('Élève de la classe 3e A')).toBeVisible();
    await expect(main(page).getByRole('heading', { name: 'Historique' }).first()).toBeVisible();
    await expect(main(page)).toContainText('Stage confirmé');
    await expectNoAxeViolations(page, '/etablissement/eleves/[id]');
  });

  test('l’export CSV s’ouvre dans un tableur français avec les élèves du collège', async ({ page }) => {
    await page.goto('/etablissement/eleves');
    const download = page.waitForEvent('download');
    await main(page)
      .getByRole('link', { name: /Télécharger la liste \(CSV\)/ })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^eleves-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await csvOf(file);
    // A byte order mark for Excel, `;` between the columns, CRLF line ends.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Classe;Nom;Prénom;Autorisation parentale;Candidatures envoyées;État;Semaine de stage (lundi);Structure d’accueil;Aucune candidature à moins de 3 semaines du stage',
    );
    const line = (lastName: string) => lines.find((row) => row.split(';')[1] === lastName);
    expect(line('Benali')).toMatch(
      /^3e A;Benali;Inès;Reçue le \d{2}\/\d{2}\/\d{4};4;Stage confirmé;\d{2}\/\d{2}\/\d{4};/,
    );
    expect(line('Haddad')).toMatch(/^3e A;Haddad;Yanis;En attente;0;Aucune candidature en cours;;;/);
    for (const lastName of ['Diallo', 'Mansouri', 'Traoré']) expect(line(lastName)).toBeDefined();
    expect(line('Chérif')).toBeUndefined();
  });
});

test.describe('suivi de sa classe par le professeur principal', () => {
  test('il ne voit que sa classe, et pas le suivi de tout le collège', async ({ page }) => {
    await signIn(page, demoUsers.teacher.email);
    await page.goto('/etablissement/classes');
    await expect(main(page).getByRole('link', { name: '3e A', exact: true })).toBeVisible();
    await expect(main(page).getByRole('link', { name: '3e B', exact: true })).toHaveCount(0);

    await page.goto(`/etablissement/classes/${CLASSES.A[0]}`);
    await expect(pupilRow(page, 'Benali')).toContainText('Stage confirmé');
    await expectNoAxeViolations(page, '/etablissement/classes/[id] (suivi)');

    expect((await page.goto(`/etablissement/classes/${CLASSES.B[0]}`))?.status()).toBe(404);
    expect((await page.goto('/etablissement/eleves'))?.status()).toBe(403);
    // A pupil of another class, by a forged address: nothing.
    expect((await page.goto(`/etablissement/eleves/${demoId(25)}`))?.status()).toBe(404);
  });
});
