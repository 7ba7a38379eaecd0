import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { CLASSES } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { newPupil, submitPupilSignUp, verifyAndSignIn } from './support';

/*
 * The journey: a pupil signs up in collège Henri Barbusse, class 3e A, without the class's
 * link, and is blocked; the main teacher of 3e A confirms the pupil is in the class, prints the
 * parental forms (a real PDF with the pupil's name) and records the signed one; the pupil then
 * reaches the offer search. Runs in order; a new pupil every run, so the journey runs again on the
 * same database.
 */

const CLASS_A_PATH = `/etablissement/classes/${CLASSES.A[0]}`;
const pupil = newPupil({ firstName: 'Zoé', lastName: 'Ferrandé', className: '3e A' });
const OFFER_NEAR = 'Découvrir les métiers de la logistique urbaine';
const OFFER_RESERVED = 'Accueil du public et délivrance des titres';

/** Text of a PDF as poppler reads it, on one line (page and line breaks as spaces). */
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8').replace(/\s+/g, ' ');

async function findSchool(page: Page, query: string) {
  await page.getByRole('search').getByRole('searchbox').fill(query);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=/);
}

test.describe.serial('inscription d’un élève et autorisation parentale', () => {
  test('l’élève crée son compte sans le lien de sa classe et attend la confirmation', async ({ page }) => {
    // Sign-up, address verification, sign-in and axe scans: up to 24 s while the other worker runs.
    test.slow();
    await page.goto('/inscription/eleve');
    await expect(page.getByRole('heading', { level: 1, name: 'Créer mon compte élève' })).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/eleve (étape 1)');

    // A collège whose head has not registered it cannot be chosen, and the pupil is told why. Gustave
    // Courbet stays unregistered: e2e/school/head-registration.spec.ts registers other collèges.
    await findSchool(page, 'Gustave Courbet');
    await expect(page.getByRole('link', { name: 'Collège Gustave Courbet' })).toHaveCount(0);
    await expect(page.getByText(/Ton collège n’est pas encore inscrit sur la plateforme/)).toBeVisible();

    await findSchool(page, 'Henri Barbusse');
    await page.getByRole('link', { name: 'Collège Henri Barbusse' }).click();
    await expect(page).toHaveURL(/\/inscription\/eleve\?ecole=/);
    await expect(page.getByText('Collège Henri Barbusse', { exact: true })).toBeVisible();
    await expect(page.getByText(/ton professeur principal devra ensuite confirmer/)).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/eleve (étape 2)');

    await submitPupilSignUp(page, pupil);
    await expectNoAxeViolations(page, '/inscription/verification (élève)');
    await verifyAndSignIn(page, pupil);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour ${pupil.firstName}`);
    await expect(
      page.getByRole('heading', { name: 'Ton professeur principal doit confirmer ton inscription' }),
    ).toBeVisible();
    await expect(page.getByText(/confirmer que tu es bien dans la classe 3e A/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Chercher un stage' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/eleve (en attente)');

    await page.goto('/offres');
    await expect(page.getByRole('heading', { name: /autorisation de tes parents est attendue/ })).toBeVisible();
    await expect(page.getByText(OFFER_NEAR)).toHaveCount(0);
    await expectNoAxeViolations(page, '/offres (élève en attente)');
  });

  test('le professeur principal confirme l’élève, imprime les autorisations et enregistre la sienne', async ({
    page,
  }) => {
    await signIn(page, demoUsers.teacher.email);
    await page.goto(CLASS_A_PATH);
    await expect(page.getByRole('heading', { level: 1, name: 'Classe 3e A' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: pupil.lastName });
    // Signed up without the link: listed to confirm, not yet among the class's pupils.
    await expect(row).toHaveCount(0);
    await expectNoAxeViolations(page, 'page de la classe (inscription à confirmer)');
    await page
      .getByRole('group', { name: /Élèves à confirmer/ })
      .getByLabel(`${pupil.lastName} ${pupil.firstName}`)
      .check({ force: true });
    await page.getByRole('button', { name: 'Confirmer les inscriptions' }).click();
    await expect(page.getByText(/inscriptions? confirmées? : /)).toBeVisible();
    await expect(row).toContainText('En attente');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Imprimer les autorisations parentales/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('autorisations-3e-a.pdf');
    const text = pdfText((await file.path())!);
    expect(text).toContain(`${pupil.firstName} ${pupil.lastName}`);
    expect(text).toContain(
      `${pupil.lastName.toLocaleUpperCase('fr-FR')} ${pupil.firstName}, scolarisé(e) dans la classe 3e A du Collège Henri Barbusse`,
    );

    await page
      .getByRole('group', { name: /Autorisations reçues/ })
      .getByLabel(`${pupil.lastName} ${pupil.firstName}`)
      .check({ force: true });
    await page.getByRole('button', { name: 'Enregistrer les autorisations' }).click();
    await expect(page.getByText(/autorisations? enregistrées? : /)).toBeVisible();
    await expect(row).toContainText('Reçue le');
  });

  test('l’élève accède ensuite à la recherche d’offres', async ({ page }) => {
    await signIn(page, pupil.email, pupil.password);
    await expect(page).toHaveURL(/\/eleve$/);
    await expect(page.getByRole('heading', { name: 'Tu peux chercher ton stage' })).toBeVisible();
    await page.getByRole('link', { name: 'Chercher un stage' }).click();
    await expect(page).toHaveURL(/\/offres$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Chercher un stage' })).toBeVisible();
    await expect(page.getByRole('heading', { name: OFFER_NEAR })).toBeVisible();
    // Reserved for Henri Barbusse: visible to its pupils, with the distance from their collège.
    await expect(page.getByRole('heading', { name: OFFER_RESERVED })).toBeVisible();
    await expect(page.getByText(/km de ton collège/).first()).toBeVisible();
    await expectNoAxeViolations(page, '/offres (élève autorisé)');
  });
});
