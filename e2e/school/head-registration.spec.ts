import { expect, test, type Page } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { expectNoAxeViolations } from '../support/axe';
import { unique } from '../support/unique';
import { fillAccount, pageHeading } from './support';

/*
 * A head registers an eligible collège (REP+, not registered in the demo) and is refused for a
 * collège outside priority education (Collège Marie Curie).
 *
 * A registration cannot be undone (no page un-registers a collège) and the demo directory has only
 * seven collèges, so each run on the same database registers the first of these REP+ collèges still
 * unregistered: three runs per database. Gustave Courbet (REP) is left unregistered for the specs
 * that need such a collège (pupil sign-up, school pages).
 */

const REP_PLUS_CANDIDATES = [
  { name: 'Collège Robert Doisneau', commune: 'Clichy-sous-Bois', uai: '0932366S', domain: 'ac-creteil.fr' },
  { name: 'Collège Jules Ferry', commune: 'Marseille', uai: '0132408X', domain: 'ac-aix-marseille.fr' },
  { name: 'Collège Henri Fabre', commune: 'Vitrolles', uai: '0132214L', domain: 'ac-aix-marseille.fr' },
];
const NOT_PRIORITY = 'Ce collège n’est pas en éducation prioritaire (REP+ ou REP).';

/** The first candidate the directory still offers for registration (shown as a link), searched by commune. */
async function searchUnregisteredCollege(page: Page) {
  for (const school of REP_PLUS_CANDIDATES) {
    await page.goto('/inscription/etablissement');
    await page.getByRole('searchbox').fill(school.commune);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listitem').filter({ hasText: school.name })).toBeVisible();
    if ((await page.getByRole('link', { name: school.name }).count()) > 0) return school;
  }
  throw new Error('Les collèges REP+ de démonstration sont tous inscrits : relancez le serveur sur une base neuve.');
}

test.describe('inscription du chef d’établissement', () => {
  test('inscrit un collège REP+ et arrive dans son espace', async ({ page }) => {
    const school = await searchUnregisteredCollege(page);
    const email = `chef.${unique()}@${school.domain}`;
    await page.getByRole('link', { name: school.name }).click();
    await expect(page.getByText(`UAI ${school.uai}`)).toBeVisible();
    await expect(page.getByText(`prenom.nom@${school.domain}`)).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/etablissement (formulaire)');

    await fillAccount(page, { firstName: 'Claire', lastName: 'Martin', email });
    await page.getByRole('button', { name: 'Inscrire mon collège' }).click();

    await expect(page).toHaveURL(/\/etablissement$/);
    await expect(pageHeading(page)).toHaveText('Bonjour Claire Martin');
    await expect(page.getByText(`Chef d’établissement · ${school.name}`)).toBeVisible();
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
