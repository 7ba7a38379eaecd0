import { expect, test } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { verifyAddress } from '../support/mailbox';
import { unique } from '../support/unique';
import { tabTo } from '../support/keyboard';
import { fillAccount, invitationPathFor, NEW_PASSWORD, pageHeading } from './support';

/*
 * The head of Collège Henri Barbusse (principal@demo.test) invites a main teacher, who accepts from
 * the e-mail (read in the dev mailbox /courriels) and opens a class. Every e-mail and class name is
 * unique, so the specs can run again on the same database.
 */

test.describe('équipe et classes', () => {
  test('la cheffe invite un professeur principal, qui crée son compte et ouvre une classe', async ({
    page,
    browser,
  }) => {
    // Two people, 30 steps, two password hashes (sign-in, account creation) and two axe scans: 15 s
    // alone on this 2-core machine, 28 to 33 s while the other worker runs (saving the class itself
    // answers in 0.1 to 0.3 s). The default 30 s would fail by chance: three times that.
    test.slow();
    const id = unique();
    const email = `prof.${id}@ac-creteil.fr`;
    const className = `3e Z${id.slice(-4)}`;

    await signIn(page, demoUsers.head.email);
    await page.goto('/etablissement/equipe');
    await page.getByLabel(/^Adresse électronique de la personne/).fill(email);
    await page.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Professeur principal' });
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(page.getByText(`Invitation envoyée à ${email}`)).toBeVisible();
    await expect(page.getByRole('region', { name: /Invitations en attente/ })).toContainText(email);

    // The teacher, in a browser of their own.
    const context = await browser.newContext();
    const teacher = await context.newPage();
    await teacher.goto(await invitationPathFor(teacher, email));
    await expect(pageHeading(teacher)).toHaveText('Invitation : Collège Henri Barbusse');
    await expect(
      teacher.getByText(
        /Nadia Belkacem vous invite à rejoindre l’équipe de Collège Henri Barbusse en tant que professeur principal/,
      ),
    ).toBeVisible();
    await expect(teacher.getByLabel(/^Adresse électronique/)).toHaveValue(email);
    await expectNoAxeViolations(teacher, '/invitation/[token]');
    await fillAccount(teacher, { firstName: 'Mehdi', lastName: 'Ouali' });
    await teacher.getByRole('button', { name: 'Créer mon compte et accepter l’invitation' }).click();
    await expect(teacher).toHaveURL(/\/etablissement$/);
    await expect(pageHeading(teacher)).toHaveText('Bonjour Mehdi Ouali');
    await expect(teacher.getByText(/Professeur principal · Collège Henri Barbusse/)).toBeVisible();

    // The link works once.
    const reused = await context.newPage();
    await reused.goto(await invitationPathFor(reused, email));
    await expect(pageHeading(reused)).toHaveText('Invitation déjà utilisée');

    await teacher.getByRole('link', { name: /Classes et semaines de stage/ }).click();
    await teacher.getByLabel(/^Nom de la classe/).fill(className);
    await teacher.getByRole('button', { name: 'Ouvrir la classe' }).click();
    await expect(teacher).toHaveURL(/\/modifier\?fait=classe-ouverte$/);
    await expect(teacher.getByRole('heading', { name: `La classe ${className} est ouverte` })).toBeVisible();
    await expectNoAxeViolations(teacher, '/etablissement/classes/[id]/modifier (professeur principal)');

    // Between May and the end of the campaign no week is left to choose: the class is saved without.
    // Holiday weeks cannot be ticked; a box's label starts with its week (« Semaine du … »), then its facts.
    const week = teacher
      .getByRole('group', { name: /^Semaines de stage/ })
      .getByRole('checkbox', { disabled: false })
      .first();
    const weekLabel =
      (await week.count()) > 0
        ? (await week.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.firstChild?.textContent ?? ''))
            .trim()
            .replace(/^Semaine/, 'semaine')
        : null;
    if (weekLabel) await week.check({ force: true });
    await teacher.getByRole('button', { name: 'Enregistrer la classe' }).click();

    await expect(teacher).toHaveURL(/\/etablissement\/classes\?fait=classe-enregistree/);
    await expect(teacher.getByText(`La classe ${className} est enregistrée.`)).toBeVisible();
    const row = teacher.getByRole('row').filter({ has: teacher.getByRole('link', { name: className, exact: true }) });
    await expect(row).toContainText('Mehdi Ouali');
    if (weekLabel) await expect(row).toContainText(weekLabel);
    await context.close();

    // The head sees the new member and the new class.
    await page.goto('/etablissement/equipe');
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Professeur principal');
    await page.goto('/etablissement/classes');
    await expect(page.getByRole('link', { name: className, exact: true })).toBeVisible();
  });

  test('un nom de classe déjà pris est refusé avec un message clair, sans rien perdre', async ({ page }) => {
    await signIn(page, demoUsers.head.email);
    await page.goto('/etablissement/classes');
    const name = page.getByLabel(/^Nom de la classe/);
    await name.fill('3e A');
    await page.getByRole('button', { name: 'Ouvrir la classe' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Impossible d’enregistrer' })).toContainText(
      'Une classe porte déjà ce nom',
    );
    await expect(name).toHaveValue('3e A');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, '/etablissement/classes (erreur)');
  });

  test('une classe s’ouvre entièrement au clavier', async ({ page }) => {
    const className = `3e K${unique().slice(-4)}`;
    await signIn(page, demoUsers.head.email);
    await page.goto('/etablissement/classes');
    const name = page.getByLabel(/^Nom de la classe/);
    await tabTo(page, name);
    await page.keyboard.type(className);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/modifier\?fait=classe-ouverte$/);
    const week = page
      .getByRole('group', { name: /^Semaines de stage/ })
      .getByRole('checkbox', { disabled: false })
      .first();
    if ((await week.count()) > 0) {
      await tabTo(page, week);
      await page.keyboard.press('Space');
      await expect(week).toBeChecked();
    }
    await tabTo(page, page.getByRole('button', { name: 'Enregistrer la classe' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(`La classe ${className} est enregistrée.`)).toBeVisible();
  });

  test('un professeur demande à rejoindre le collège et attend la validation de la cheffe, qui l’accepte', async ({
    page,
    browser,
  }) => {
    // Two people, an address verification and four password hashes: up to 23 s while the other worker runs.
    test.slow();
    const email = `cpe.${unique()}@ac-creteil.fr`;
    await page.goto('/inscription/personnel');
    await page.getByRole('searchbox').fill('Henri Barbusse');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Collège Henri Barbusse' }).click();
    await expectNoAxeViolations(page, '/inscription/personnel (formulaire)');
    await page.getByLabel(/^Conseiller principal d’éducation/).check({ force: true });
    await fillAccount(page, { firstName: 'Inès', lastName: 'Garnier', email });
    await page.getByRole('button', { name: 'Créer mon compte et demander l’accès' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' })).toBeVisible();
    // The head sees the request only once the address is verified.
    const context = await browser.newContext();
    const head = await context.newPage();
    await signIn(head, demoUsers.head.email);
    await head.goto('/etablissement/equipe');
    await expect(head.getByRole('main')).not.toContainText('Inès Garnier');

    await verifyAddress(page, email);
    await signIn(page, email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/etablissement$/);
    await expect(
      page.getByRole('heading', { name: 'Demande en attente de validation par votre chef d’établissement' }),
    ).toBeVisible();
    await expect(page.getByText(/rejoindre l’équipe de votre collège, Collège Henri Barbusse/)).toBeVisible();
    await expectNoAxeViolations(page, '/etablissement (demande en attente)');
    // No access to the school's pages meanwhile.
    expect((await page.goto('/etablissement/classes'))?.status()).toBe(403);

    await head.goto('/etablissement/equipe');
    await head.getByRole('button', { name: `Accepter la demande de Inès Garnier` }).click();
    await expect(head.getByText(/Demande acceptée/)).toBeVisible();
    await context.close();

    await page.goto('/etablissement');
    await expect(page.getByText(/Conseiller principal d’éducation \(CPE\) · Collège Henri Barbusse/)).toBeVisible();
  });
});
