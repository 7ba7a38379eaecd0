import { expect, test, type Page } from '@playwright/test';
import { demoId, PUPILS } from '../db/seed/demo-data';
import { demoUsers, signIn } from './support/auth';

/*
 * Every role is refused (403 or 404, never data) on other schools', organisations' and spaces'
 * pages, route handlers and server actions. Actions are called for real through their forms with
 * hidden ids rewritten in the page: what an attacker replaying a request with forged ids does.
 */

const MARSEILLE_HEAD = 'principal.marseille@demo.test';
const BARBUSSE_CLASS = demoId(201); // 3e A, collège Henri Barbusse (Saint-Denis)
const MARSEILLE_CLASS = demoId(203); // 3e 1, collège Edgar Quinet (Marseille)
const WAITING_PUPIL = PUPILS[1][0]; // Yanis Haddad, 3e A, awaiting parental authorisation

async function statusOf(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  return response!.status();
}

/** Rewrites a hidden field (or any input) of the form holding `button`, as a forged request would. */
async function forge(page: Page, button: string, field: string, value: string) {
  const form = page.locator('form', { has: page.getByRole('button', { name: button }) });
  await form
    .locator(`input[name="${field}"]`)
    .first()
    .evaluate((input, v) => ((input as HTMLInputElement).value = v), value);
}

test.describe('espaces des autres rôles', () => {
  const cases: [string, string[]][] = [
    [demoUsers.pupil.email, ['/etablissement', '/etablissement/classes', '/entreprise', '/pilotage', '/admin']],
    [demoUsers.teacher.email, ['/entreprise', '/pilotage', '/admin', '/eleve']],
    [demoUsers.privateHost.email, ['/etablissement', '/pilotage', '/admin', '/eleve']],
    [demoUsers.departmentRep.email, ['/etablissement', '/entreprise', '/admin', '/eleve']],
  ];
  for (const [email, paths] of cases) {
    test(`${email} reçoit 403 hors de son espace`, async ({ page }) => {
      await signIn(page, email);
      for (const path of paths) {
        expect(await statusOf(page, path), path).toBe(403);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');
      }
    });
  }
});

test.describe('un collège ne voit pas les classes et les élèves d’un autre', () => {
  test('le chef d’un autre collège reçoit 404 sur la classe, sa modification et ses autorisations', async ({
    page,
  }) => {
    await signIn(page, MARSEILLE_HEAD);
    for (const path of [
      `/etablissement/classes/${BARBUSSE_CLASS}`,
      `/etablissement/classes/${BARBUSSE_CLASS}/modifier`,
      `/etablissement/classes/${BARBUSSE_CLASS}/autorisations`,
    ]) {
      expect(await statusOf(page, path), path).toBe(404);
    }
    await expect(page.getByText(WAITING_PUPIL.lastName)).toHaveCount(0);
  });

  test('le professeur principal de Saint-Denis reçoit 404 sur une classe de Marseille et son PDF', async ({ page }) => {
    await signIn(page, demoUsers.teacher.email);
    expect(await statusOf(page, `/etablissement/classes/${MARSEILLE_CLASS}`)).toBe(404);
    const pdf = await page.request.get(`/etablissement/classes/${MARSEILLE_CLASS}/autorisations`);
    expect(pdf.status()).toBe(404);
    expect(pdf.headers()['content-type']).not.toContain('pdf');
  });

  test('une autorisation parentale forgée pour un élève d’un autre collège n’est pas enregistrée', async ({
    page,
    browser,
  }) => {
    await signIn(page, MARSEILLE_HEAD);
    await page.goto(`/etablissement/classes/${MARSEILLE_CLASS}`);
    await forge(page, 'Enregistrer les autorisations', 'classId', BARBUSSE_CLASS);
    await forge(page, 'Enregistrer les autorisations', 'pupilIds[]', WAITING_PUPIL.id);
    await page
      .getByRole('group', { name: /Autorisations reçues/ })
      .getByRole('checkbox')
      .first()
      .check({ force: true });
    await page.getByRole('button', { name: 'Enregistrer les autorisations' }).click();
    await expect(
      page.getByRole('main').getByRole('alert').filter({ hasText: 'Impossible d’enregistrer' }),
    ).toBeVisible();

    // Seen from the right school, the pupil still awaits the authorisation.
    const head = await (await browser.newContext()).newPage();
    await signIn(head, demoUsers.head.email);
    await head.goto(`/etablissement/classes/${BARBUSSE_CLASS}`);
    await expect(
      head.getByRole('group', { name: /Autorisations reçues/ }).getByLabel(new RegExp(WAITING_PUPIL.lastName, 'i')),
    ).toBeVisible();
  });

  test('une modification de classe forgée vers un autre collège est refusée', async ({ page, browser }) => {
    await signIn(page, MARSEILLE_HEAD);
    await page.goto(`/etablissement/classes/${MARSEILLE_CLASS}/modifier`);
    await forge(page, 'Enregistrer la classe', 'classId', BARBUSSE_CLASS);
    await page.getByLabel('Nom de la classe').fill('Classe piratée');
    await page.getByRole('button', { name: 'Enregistrer la classe' }).click();
    await expect(
      page.getByRole('main').getByRole('alert').filter({ hasText: 'Impossible d’enregistrer' }),
    ).toBeVisible();

    const head = await (await browser.newContext()).newPage();
    await signIn(head, demoUsers.head.email);
    await head.goto('/etablissement/classes');
    await expect(head.getByText('Classe piratée')).toHaveCount(0);
    await expect(head.getByRole('link', { name: /3e A/ }).first()).toBeVisible();
  });
});

test.describe('une structure ne gère pas une autre structure', () => {
  test('une invitation forgée vers une autre structure est refusée', async ({ page, browser }) => {
    const email = `intrus.${Date.now()}@exemple.fr`;
    await signIn(page, demoUsers.privateHost.email);
    await page.goto('/entreprise/equipe');
    await forge(page, 'Envoyer l’invitation', 'organisationId', demoId(312));
    await page.getByLabel('Adresse électronique de votre collègue').fill(email);
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(
      page.getByRole('main').getByRole('alert').filter({ hasText: 'Impossible d’enregistrer' }),
    ).toBeVisible();

    const other = await (await browser.newContext()).newPage();
    await signIn(other, demoUsers.publicHost.email);
    await other.goto('/entreprise/equipe');
    await expect(other.getByText(email)).toHaveCount(0);
  });
});

test.describe('données personnelles', () => {
  test('un visiteur anonyme n’obtient ni l’export de données ni les autorisations d’une classe', async ({
    request,
  }) => {
    const data = await request.get('/compte/donnees', { maxRedirects: 0 });
    expect([401, 307]).toContain(data.status());
    expect(await data.text()).not.toContain('@demo.test');
    const pdf = await request.get(`/etablissement/classes/${BARBUSSE_CLASS}/autorisations`, { maxRedirects: 0 });
    expect(pdf.status()).toBe(307);
    expect(pdf.headers().location).toContain('/connexion');
  });

  test('un visiteur anonyme ou un élève n’obtient ni l’export des offres ni la recherche d’adresses ou de collèges', async ({
    request,
    browser,
  }) => {
    for (const path of ['/entreprise/offres/export', '/api/adresses?q=Saint-Denis', '/api/etablissements?q=Barbusse']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([401, 307]).toContain(response.status());
      expect(await response.text()).not.toContain('Saint-Denis');
    }
    const pupil = await (await browser.newContext()).newPage();
    await signIn(pupil, demoUsers.pupil.email);
    for (const path of ['/entreprise/offres/export', '/api/adresses?q=Saint-Denis', '/api/etablissements?q=Barbusse'])
      expect((await pupil.request.get(path)).status()).toBe(403);
  });
});

test.describe('les conventions (données d’élèves mineurs)', () => {
  const INES_AGREEMENT = demoId(601);
  const SARAH_AGREEMENT = demoId(602);
  const FORGED = 'd0000000-0000-4000-8000-000000000999';

  test('personne hors de ses parties ne lit ni ne télécharge une convention, même avec un identifiant forgé', async ({
    browser,
    request,
  }) => {
    const anonymous = await request.get(`/conventions/${INES_AGREEMENT}/pdf`);
    expect(anonymous.status()).toBe(401);
    const cases: [string, string][] = [
      [demoUsers.publicHost.email, `/entreprise/conventions/${INES_AGREEMENT}`],
      [demoUsers.operator.email, `/entreprise/conventions/${INES_AGREEMENT}`],
      [MARSEILLE_HEAD, `/etablissement/conventions/${INES_AGREEMENT}`],
      ['moussa.diallo@demo.test', `/eleve/conventions/${INES_AGREEMENT}`],
      [demoUsers.head.email, `/etablissement/conventions/${FORGED}`],
    ];
    for (const [email, path] of cases) {
      const page = await (await browser.newContext()).newPage();
      await signIn(page, email);
      expect(await statusOf(page, path), `${email} ${path}`).toBe(404);
      await expect(page.getByText('Benali')).toHaveCount(0);
      const pdf = await page.request.get(`/conventions/${path.split('/').at(-1)}/pdf`);
      expect(pdf.status(), `${email} PDF`).toBe(404);
      await page.context().close();
    }
    // A state representative and the admin have no access either.
    for (const email of [demoUsers.departmentRep.email, demoUsers.admin.email]) {
      const page = await (await browser.newContext()).newPage();
      await signIn(page, email);
      expect((await page.request.get(`/conventions/${INES_AGREEMENT}/pdf`)).status(), email).toBe(404);
      await page.context().close();
    }
  });

  test('une demande de code forgée vers la convention d’une autre élève est refusée', async ({ page, browser }) => {
    await signIn(page, demoUsers.pupil.email);
    await page.goto(`/eleve/conventions/${INES_AGREEMENT}`);
    await forge(page, 'Recevoir un code par courriel', 'agreementId', SARAH_AGREEMENT);
    await page.getByRole('button', { name: 'Recevoir un code par courriel' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'Convention introuvable, ou elle ne vous concerne pas.',
    );
    const mailbox = await (await browser.newContext()).newPage();
    await mailbox.goto(`/courriels?a=${encodeURIComponent(demoUsers.pupil.email)}`);
    await expect(mailbox.getByRole('article').filter({ hasText: 'Votre code pour signer' })).toHaveCount(0);
  });

  test('un lien de signature inventé ne montre rien', async ({ page }) => {
    await page.goto('/signature/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect(page.getByRole('heading', { name: 'Ce lien ne permet pas de signer' })).toBeVisible();
    await expect(page.getByText('Benali')).toHaveCount(0);
    expect((await page.request.get('/signature/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/pdf')).status()).toBe(404);
  });
});
