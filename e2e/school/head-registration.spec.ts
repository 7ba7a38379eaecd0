import { expect, test } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { expectNoAxeViolations } from '../support/axe';
import { fillAccount, pageHeading, unique } from './support';

/*
 * A head registers an eligible collège (Collège Robert Doisneau, REP+, not registered in the demo)
 * and is refused for a collège outside priority education (Collège Marie Curie). Registering
 * Robert Doisneau is a one-off: no other spec may rely on it staying unregistered.
 */

const NOT_PRIORITY = 'Ce collège n’est pas en éducation prioritaire (REP+ ou REP).';

test.describe('inscription du chef d’établissement', () => {
  test('inscrit un collège REP+ et arrive dans son espace', async ({ page }) => {
    const email = `chef.doisneau.${unique()}@ac-creteil.fr`;
    await page.goto('/inscription/etablissement');
    await page.getByRole('searchbox').fill('Clichy-sous-Bois');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Collège Robert Doisneau' }).click();
    await expect(page.getByText('UAI 0932366S')).toBeVisible();
    await expect(page.getByText('prenom.nom@ac-creteil.fr')).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/etablissement (formulaire)');

    await fillAccount(page, { firstName: 'Claire', lastName: 'Martin', email });
    await page.getByRole('button', { name: 'Inscrire mon collège' }).click();

    await expect(page).toHaveURL(/\/etablissement$/);
    await expect(pageHeading(page)).toHaveText('Bonjour Claire Martin');
    await expect(page.getByText(/Chef d’établissement · Collège Robert Doisneau/)).toBeVisible();
    await expect(page.getByText(/Inscrit sur la plateforme le/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ouvrez vos classes de 3e' })).toBeVisible();
    await expectNoAxeViolations(page, '/etablissement (nouveau chef)');
  });

  test('est refusée pour un collège hors éducation prioritaire, avec la raison', async ({ page }) => {
    await page.goto('/inscription/etablissement?q=0931439J');
    const result = page.getByRole('listitem').filter({ hasText: 'Collège Marie Curie' });
    await expect(result).toContainText(NOT_PRIORITY);
    // Not selectable: shown without a link.
    await expect(page.getByRole('link', { name: 'Collège Marie Curie' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/inscription/etablissement (recherche)');

    // A hand-made link to step two shows the refusal and no form.
    await page.goto(`/inscription/etablissement?ecole=${demoId(107)}`);
    await expect(page.getByRole('heading', { name: 'Ce collège ne peut pas être inscrit' })).toBeVisible();
    await expect(page.getByText(NOT_PRIORITY)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inscrire mon collège' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/inscription/etablissement (refus)');
  });

  test('signale un collège déjà inscrit et propose de rejoindre son équipe', async ({ page }) => {
    await page.goto(`/inscription/etablissement?ecole=${demoId(101)}`);
    await expect(page.getByText(/déjà inscrit par son chef d’établissement/)).toBeVisible();
    await page.getByRole('link', { name: 'Demander à rejoindre l’équipe' }).click();
    await expect(page).toHaveURL(/\/inscription\/personnel\?ecole=/);
    await expect(page.getByRole('button', { name: 'Créer mon compte et demander l’accès' })).toBeVisible();
  });
});
