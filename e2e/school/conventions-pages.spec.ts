import { expect, test } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { mailedLinkPath } from '../support/mailbox';

/*
 * The convention pages of each party, as the demo has them (Inès's convention signed by the head and
 * the host, waiting for her and her mother; Sarah's signed by all): what each reads, without an axe
 * violation, on a computer and on a phone. The signing journey is conventions.exclusive.spec.ts.
 */

const INES = demoId(601);

test('the school’s list, a convention, the standard terms and the batch page', { tag: '@mobile' }, async ({ page }) => {
  await signIn(page, demoUsers.head.email);
  await page.goto('/etablissement/conventions');
  const list = page.getByRole('main');
  await expect(list).toContainText('Inès Benali');
  await expect(list).toContainText('En cours de signature');
  await expect(list).toContainText('Signée par tous');
  await expectNoAxeViolations(page);

  await page.goto(`/etablissement/conventions/${INES}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convention d’Inès Benali');
  await expect(page.getByRole('main')).toContainText('En attente de 2 signatures');
  await expect(page.getByRole('main')).toContainText('Vous avez signé cette convention le');
  await expect(page.getByRole('button', { name: 'Renvoyer le lien à Samia Benali' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/etablissement/conventions/conditions');
  await expectNoAxeViolations(page);
  await page.goto('/etablissement/conventions/signature');
  await expect(page.getByRole('heading', { name: 'Aucune convention n’attend votre signature' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the host’s list and convention, the pupil’s convention', { tag: '@mobile' }, async ({ browser }) => {
  const host = await (await browser.newContext()).newPage();
  await signIn(host, demoUsers.privateHost.email);
  await host.goto('/entreprise/conventions');
  await expect(host.getByRole('main')).toContainText('Inès Benali');
  await expectNoAxeViolations(host);
  await host.goto(`/entreprise/conventions/${INES}`);
  await expect(host.getByRole('button', { name: 'Enregistrer la partie de la structure' })).toBeVisible();
  await expectNoAxeViolations(host);

  const pupil = await (await browser.newContext()).newPage();
  await signIn(pupil, demoUsers.pupil.email);
  await pupil.goto('/eleve');
  await pupil.getByRole('link', { name: 'Voir ma convention' }).click();
  await expect(pupil).toHaveURL(new RegExp(`/eleve/conventions/${INES}$`));
  await expect(pupil.getByRole('button', { name: 'Recevoir un code par courriel' })).toBeVisible();
  await expectNoAxeViolations(pupil);
  const pdf = await pupil.request.get(`/conventions/${INES}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-disposition']).toContain('convention-ines-benali');
});

test('the legal representative’s page, opened from the e-mailed link without an account', async ({ page }) => {
  await page.goto(await mailedLinkPath(page, 'samia.benali@demo.test', /\/signature\//));
  await expect(page.getByRole('main')).toContainText('Bonjour Samia Benali');
  await expect(page.getByRole('main')).toContainText('Article 1 – Objet');
  await expect(page.getByRole('button', { name: 'Recevoir un code par courriel' })).toBeVisible();
  await expectNoAxeViolations(page);
});
