import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { verifyAddress } from '../support/mailbox';

/*
 * A company signs up: a mistyped SIRET is refused in French on its field without losing what was
 * typed (the password excepted, which is never sent back), then the corrected form asks to open the
 * link e-mailed to the address, after which the company signs in on /entreprise. Then a member of a demo organisation invites a colleague from /entreprise/equipe.
 */

const run = Date.now().toString(36);
const company = {
  name: `Boulangerie du Canal ${run}`,
  firstName: 'Amina',
  lastName: 'Diallo',
  email: `amina.diallo.${run}@boulangerie.test`,
  password: 'une phrase de passe assez longue',
};
const SIRET_INVALID = '884 123 792 00018';
const SIRET_VALID = '884 123 792 00019';

/** The error message tied to a field through aria-describedby, as a screen reader announces it. */
async function describedText(page: Page, label: string) {
  const ids = ((await page.getByLabel(label).getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(
    ids.map((id) =>
      page
        .locator(`[id="${id}"]`)
        .innerText()
        .catch(() => ''),
    ),
  );
  return texts.join(' ');
}

test.describe('inscription d’une structure d’accueil', () => {
  test('une entreprise corrige son SIRET et arrive dans son espace', async ({ page }) => {
    // Two submissions, address verification, sign-in and three axe scans: 20 s alone, more under load.
    test.slow();
    await page.goto('/inscription/structure');
    await expect(page.getByRole('heading', { level: 1, name: 'Inscrire une structure d’accueil' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /charte de qualité/ })).toHaveAttribute(
      'href',
      '/charte-qualite',
    );
    await expectNoAxeViolations(page, '/inscription/structure');

    await page.getByRole('radio', { name: /^Entreprise/ }).check({ force: true });
    // The PAQTE group is offered to companies only.
    await expect(page.getByRole('combobox', { name: /Groupe signataire du PAQTE/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /Ministère de tutelle/ })).toHaveCount(0);
    await page.getByLabel('Nom de la structure').fill(company.name);
    await page.getByLabel('Numéro SIRET (facultatif)').fill(SIRET_INVALID);
    await page.getByLabel('Code postal (facultatif)').fill('93200');
    await page.getByLabel('Commune (facultatif)').fill('Saint-Denis');
    await page.getByLabel('Prénom', { exact: true }).fill(company.firstName);
    await page.getByLabel('Nom', { exact: true }).fill(company.lastName);
    await page.getByLabel('Adresse électronique professionnelle').fill(company.email);
    await page.locator('input[name="password"]').fill(company.password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Impossible d’enregistrer' })).toBeVisible();
    await expect(page.getByLabel('Numéro SIRET (facultatif)')).toHaveAttribute('aria-invalid', 'true');
    expect(await describedText(page, 'Numéro SIRET (facultatif)')).toContain(
      'Ce numéro SIRET n’est pas valide : vérifiez-le sur votre fiche Insee',
    );
    // Nothing typed is lost.
    await expect(page.getByRole('radio', { name: /^Entreprise/ })).toBeChecked();
    await expect(page.getByLabel('Nom de la structure')).toHaveValue(company.name);
    await expect(page.getByLabel('Numéro SIRET (facultatif)')).toHaveValue(SIRET_INVALID);
    await expect(page.getByLabel('Code postal (facultatif)')).toHaveValue('93200');
    await expect(page.getByLabel('Commune (facultatif)')).toHaveValue('Saint-Denis');
    await expect(page.getByLabel('Prénom', { exact: true })).toHaveValue(company.firstName);
    await expect(page.getByLabel('Nom', { exact: true })).toHaveValue(company.lastName);
    await expect(page.getByLabel('Adresse électronique professionnelle')).toHaveValue(company.email);
    await expectNoAxeViolations(page, '/inscription/structure (erreur SIRET)');

    await page.getByLabel('Numéro SIRET (facultatif)').fill(SIRET_VALID);
    await page.locator('input[name="password"]').fill(company.password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    // Nobody is signed in before the address is verified.
    await expect(page).toHaveURL(/\/inscription\/verification$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' })).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/verification');
    await verifyAddress(page, company.email);
    await expect(page.getByText('Votre compte est activé : connectez-vous pour commencer.')).toBeVisible();
    await signIn(page, company.email, company.password);

    await expect(page).toHaveURL(/\/entreprise$/);
    await expect(
      page.getByRole('heading', { level: 1, name: `Bonjour ${company.firstName} ${company.lastName}` }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: company.name })).toBeVisible();
    await expect(page.getByText(`SIRET : ${SIRET_VALID}`)).toBeVisible();
  });
});

test.describe('équipe d’une structure', () => {
  test('un membre invite un collègue dans sa structure', async ({ page }) => {
    const colleague = `collegue.${run}@horizon.test`;
    await signIn(page, demoUsers.privateHost.email);
    await page.getByRole('link', { name: /Votre équipe/ }).click();
    await expect(page).toHaveURL(/\/entreprise\/equipe$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Votre équipe' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText(demoUsers.privateHost.email);
    await expectNoAxeViolations(page, '/entreprise/equipe');

    await page.getByLabel('Adresse électronique de votre collègue').fill(colleague);
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation envoyée' })).toContainText(colleague);
    await expect(page.getByRole('region', { name: 'Invitations en attente' })).toContainText(colleague);
    await expect(page.getByLabel('Adresse électronique de votre collègue')).toHaveValue('');
  });

  test('une association partenaire voit les structures qu’elle accompagne', async ({ page }) => {
    await signIn(page, demoUsers.operator.email);
    await expect(page.getByRole('heading', { level: 2, name: 'Tous en stage' })).toBeVisible();
    await expect(page.getByText('Sport et citoyenneté Marseille')).toBeVisible();
    await expect(page.getByText('Centre de santé des Docks')).toBeVisible();
  });
});
