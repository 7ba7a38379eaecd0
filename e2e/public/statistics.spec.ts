import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

test.describe('statistiques publiques', () => {
  test('sans compte, les chiffres nationaux et régionaux, sans petit groupe d’élèves', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Statistiques' }).click();
    await expect(page).toHaveURL(/\/statistiques$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistiques des stages de 3e');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const main = page.getByRole('main');
    await expect(main).toContainText('Chiffres du ');
    await expect(main.getByRole('combobox', { name: 'Campagne (année scolaire)' })).toBeVisible();
    await expect(main.getByRole('table', { name: 'Offres et places offertes face à l’objectif national' })).toBeVisible();
    await expect(main.getByRole('table', { name: /^Élèves par région/ })).toBeVisible();

    // The demo has few pupils: their small counts read « moins de 10 », and no pupil count below 10 is printed.
    await expect(main.getByText('moins de 10').first()).toBeVisible();
    const pupilTables = main.getByRole('table').filter({ hasText: /Filles|Élèves inscrits/ });
    expect(await pupilTables.count()).toBe(4);
    for (const cell of await pupilTables.locator('td').allInnerTexts())
      expect(cell.trim(), `cell « ${cell} »`).not.toMatch(/^\d$/);

    // Every chart has its table.
    const figures = main.locator('figure[role="img"]');
    expect(await figures.count()).toBe(2);
    for (const figure of await figures.all())
      await expect(figure.locator('xpath=following-sibling::div[contains(@class, "fr-table")][1]')).toHaveCount(1);

    await expectNoAxeViolations(page, '/statistiques');
  });

  test('se lit sur un téléphone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/statistiques');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Afficher' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/statistiques\?annee=\d{4}$/);
  });
});
