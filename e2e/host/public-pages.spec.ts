import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

test.describe('pages publiques des structures et des familles', () => {
  test('la charte de qualité est accessible depuis le pied de page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Charte de qualité' }).click();
    await expect(page).toHaveURL(/\/charte-qualite$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Charte de qualité d’une offre de stage' })).toBeVisible();
    // The circular's Annex 3 rules a host commits to.
    await expect(page.getByRole('main')).toContainText('7 heures par jour au plus');
    await expect(page.getByRole('main')).toContainText('mi-octobre à fin avril');
    await expectNoAxeViolations(page, '/charte-qualite');
  });

  test('la page des données personnelles parle aux élèves et aux parents', async ({ page }) => {
    await page.goto('/donnees-personnelles');
    await expect(page.getByRole('heading', { level: 2, name: 'Pour toi, élève' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Pour les parents et représentants légaux' }),
    ).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Mon compte' }).first()).toHaveAttribute(
      'href',
      '/compte',
    );
    await expectNoAxeViolations(page, '/donnees-personnelles');
  });
});
