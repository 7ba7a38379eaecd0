import { expect, test } from '@playwright/test';
import { DEMO_SECTORS, demoId, PEOPLE } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

/*
 * Every back-office page, as admin@demo.test, passes axe. Only data this file creates is changed
 * (a holiday period of its own): other spec files run in parallel on the same demo database.
 */

const pages = [
  '/admin',
  '/admin/referents',
  '/admin/signalements',
  '/admin/signalements?statut=traites',
  '/admin/etablissements',
  '/admin/etablissements?q=Curie',
  `/admin/etablissements/${demoId(107)}`,
  `/admin/etablissements/${demoId(101)}`,
  '/admin/etablissements/demandes',
  `/admin/structures/${demoId(311)}`,
  '/admin/operateurs',
  `/admin/operateurs/${demoId(321)}`,
  `/admin/operateurs/${demoId(321)}?q=Horizon`,
  '/admin/utilisateurs',
  '/admin/utilisateurs?q=demo.test&page=1',
  `/admin/utilisateurs/${PEOPLE.host.id}`,
  `/admin/utilisateurs/${PEOPLE.admin.id}`,
  '/admin/referentiel',
  '/admin/simulations',
  '/admin/referentiel/secteurs',
  `/admin/referentiel/secteurs/${DEMO_SECTORS.logistics}`,
  '/admin/referentiel/vacances?zone=A&annee=2019',
];

test.describe('administration', () => {
  test('chaque page du back-office n’a aucune violation WCAG 2.1 AA', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, demoUsers.admin.email);
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1:not(dialog h1)'), path).toHaveCount(1);
      await expectNoAxeViolations(page, path);
    }
  });

  test('une période de vacances s’ajoute, se refuse si elle finit avant de commencer, et se supprime après confirmation', async ({
    page,
  }) => {
    const name = `Vacances de test ${Date.now().toString(36)}`;
    await signIn(page, demoUsers.admin.email);
    await page.goto('/admin/referentiel/vacances?zone=mayotte&annee=2030');
    const add = page.getByRole('region', { name: 'Ajouter une période' });
    await add.getByLabel('Nom').fill(name);
    await add.getByLabel('Premier jour sans classe').fill('2030-10-20');
    await add.getByLabel('Dernier jour sans classe').fill('2030-10-10');
    await add.getByRole('button', { name: 'Ajouter la période' }).click();
    await expect(add.getByText('Le dernier jour doit être le même que le premier jour ou après.')).toBeVisible();
    await expect(add.getByLabel('Nom')).toHaveValue(name);
    await expectNoAxeViolations(page, 'vacances (erreur)');

    await add.getByLabel('Dernier jour sans classe').fill('2030-11-04');
    await add.getByRole('button', { name: 'Ajouter la période' }).click();
    await expect(page).toHaveURL(/zone=mayotte&annee=2030&fait=ajoute$/);
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('20/10/2030');
    await row.getByRole('link', { name: /^Modifier ou supprimer/ }).click();
    await expectNoAxeViolations(page, 'période de vacances');

    // Without the confirmation box ticked, nothing is deleted.
    await page
      .getByRole('checkbox', { name: /Je confirme la suppression/ })
      .evaluate((box: HTMLInputElement) => (box.required = false));
    await page.getByRole('button', { name: 'Supprimer la période' }).click();
    await expect(page.getByText('Cochez la case pour confirmer.')).toBeVisible();
    await page.getByRole('checkbox', { name: /Je confirme la suppression/ }).check({ force: true });
    await page.getByRole('button', { name: 'Supprimer la période' }).click();
    await expect(page).toHaveURL(/zone=mayotte&annee=2030&fait=supprime$/);
    await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  });

  test('le back-office refuse les autres rôles', async ({ page }) => {
    await signIn(page, demoUsers.privateHost.email);
    for (const path of ['/admin/utilisateurs', '/admin/referents', `/admin/etablissements/${demoId(107)}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });
});
