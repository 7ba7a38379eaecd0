import { expect, test } from '@playwright/test';
import { CLASSES, demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { pageHeading } from './support';

/* Accessibility (axe, WCAG 2.1 AA) of every school page, for the roles that use it, and who sees what. */

const classA = CLASSES.A[0];

test.describe('pages publiques des établissements', () => {
  for (const path of [
    '/inscription/etablissement',
    '/inscription/etablissement?q=Saint-Denis',
    `/inscription/etablissement?ecole=${demoId(103)}`,
    '/inscription/personnel',
    '/inscription/personnel?q=Marseille',
    `/inscription/personnel?ecole=${demoId(102)}`,
    `/invitation/${'x'.repeat(43)}`,
  ]) {
    test(
      `${path} n'a aucune violation`,
      { tag: path === '/inscription/etablissement' ? '@mobile' : undefined },
      async ({ page }) => {
        await page.goto(path);
        await expect(pageHeading(page)).toHaveCount(1);
        await expectNoAxeViolations(page, path);
      },
    );
  }

  test('un lien d’invitation inconnu est expliqué en français', async ({ page }) => {
    await page.goto(`/invitation/${'x'.repeat(43)}`);
    await expect(pageHeading(page)).toHaveText('Lien d’invitation invalide');
    await expect(page.getByText(/Vérifiez que vous avez copié le lien en entier/)).toBeVisible();
  });
});

test.describe('espace établissement de la cheffe', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.head.email);
  });

  test('tableau de bord : collège, chiffres de la campagne et accès', { tag: '@mobile' }, async ({ page }) => {
    await page.goto('/etablissement');
    await expect(page.getByText(/Chef d’établissement · Collège Henri Barbusse/)).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Campagne \d{4}-\d{4}$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Équipe/ })).toBeVisible();
    await expectNoAxeViolations(page, '/etablissement (cheffe)');
  });

  test('équipe, puis la page d’un membre', async ({ page }) => {
    await page.goto('/etablissement/equipe');
    await expect(page.getByRole('row').filter({ hasText: 'professeur@demo.test' })).toContainText(
      'Professeur principal',
    );
    await expectNoAxeViolations(page, '/etablissement/equipe');
    await page.getByRole('link', { name: 'Gérer l’accès de Julien Marchand' }).click();
    await expect(pageHeading(page)).toHaveText('Julien Marchand');
    await expectNoAxeViolations(page, '/etablissement/equipe/[id]');
    // Revoking asks for a confirmation first, checked by the server too (the browser's own check set aside).
    await page
      .getByRole('checkbox', { name: /Je confirme retirer l’accès/ })
      .evaluate((box: HTMLInputElement) => (box.required = false));
    await page.getByRole('button', { name: 'Retirer l’accès' }).click();
    await expect(page.getByText('Cochez la case pour confirmer le retrait de l’accès.').first()).toBeVisible();
    await expectNoAxeViolations(page, '/etablissement/equipe/[id] (confirmation manquante)');
  });

  test('classes, puis la modification d’une classe', async ({ page }) => {
    await page.goto('/etablissement/classes');
    await expect(page.getByRole('link', { name: '3e A', exact: true })).toHaveAttribute(
      'href',
      `/etablissement/classes/${classA}`,
    );
    await expectNoAxeViolations(page, '/etablissement/classes');
    await page.getByRole('link', { name: 'Modifier la classe 3e A' }).click();
    await expect(pageHeading(page)).toHaveText('Modifier la classe 3e A');
    await expect(page.getByLabel(/^Professeur principal/)).toBeVisible();
    await expectNoAxeViolations(page, '/etablissement/classes/[id]/modifier');
    await page.getByRole('link', { name: 'Retour à la classe 3e A' }).click();
    await expect(page).toHaveURL(new RegExp(`/etablissement/classes/${classA}$`));
  });
});

test.describe('espace établissement du professeur principal', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.teacher.email);
  });

  test('voit les classes, modifie la sienne sans choisir son professeur principal, et pas l’équipe', async ({
    page,
  }) => {
    await page.goto('/etablissement');
    await expect(page.getByRole('link', { name: /^Équipe/ })).toHaveCount(0);
    await expectNoAxeViolations(page, '/etablissement (professeur principal)');
    expect((await page.goto('/etablissement/equipe'))?.status()).toBe(403);

    await page.goto('/etablissement/classes');
    await expect(page.getByRole('link', { name: 'Modifier la classe 3e A' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Modifier la classe 3e B' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '3e B', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page, '/etablissement/classes (professeur principal)');

    await page.goto(`/etablissement/classes/${classA}/modifier`);
    await expect(page.getByLabel(/^Professeur principal/)).toHaveCount(0);
    await expectNoAxeViolations(page, '/etablissement/classes/[id]/modifier (professeur principal)');
    // 3e B is not theirs: a main teacher follows only their own classes, so it reads as missing.
    expect((await page.goto(`/etablissement/classes/${CLASSES.B[0]}`))?.status()).toBe(404);
    expect((await page.goto(`/etablissement/classes/${CLASSES.B[0]}/modifier`))?.status()).toBe(404);
  });
});

test.describe('entre collèges', () => {
  test('le chef d’un autre collège reçoit une 404 sur les pages des classes et des membres de Henri Barbusse', async ({
    page,
  }) => {
    await signIn(page, 'principal.marseille@demo.test');
    expect((await page.goto(`/etablissement/classes/${classA}/modifier`))?.status()).toBe(404);
    await page.goto('/etablissement/classes');
    await expect(page.getByRole('link', { name: '3e A', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '3e 1', exact: true })).toBeVisible();
  });
});
