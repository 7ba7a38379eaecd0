import { expect, test, type Page } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { unique } from '../support/unique';

/*
 * Issue 4, end to end: a host builds an offer over several sessions, publishes it, finds it on the
 * dashboard, duplicates and unpublishes it; an operator publishes for an organisation it supports.
 * Each run's offers have titles of their own: the demo organisations keep those of earlier runs.
 */

const run = unique();
const BUS_DEPOT = `Une semaine au dépôt de bus ${run}`;
const GYMNASIUM = `Éducateur sportif au gymnase ${run}`;

const main = (page: Page) => page.getByRole('main');
const saveAndContinue = (page: Page) =>
  main(page)
    .getByRole('button', { name: /Enregistrer et (continuer|vérifier)/ })
    .click();

async function expectSaved(page: Page, step: string) {
  await expect(page).toHaveURL(new RegExp(`/entreprise/offres/[0-9a-f-]{36}/${step}$`));
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
}

/** Steps 3 to 5, shared by the host and the operator: place, weeks and seats, practical information. */
async function fillPlaceWeeksAndHours(
  page: Page,
  {
    street,
    postcode,
    commune,
    seatsPerWeek,
    weeks,
  }: { street: string; postcode: string; commune: string; seatsPerWeek: string; weeks: number },
) {
  await main(page)
    .getByRole('combobox', { name: /Adresse du lieu de stage/ })
    .fill(street);
  await main(page)
    .getByRole('textbox', { name: /^Code postal/ })
    .fill(postcode);
  await main(page)
    .getByRole('textbox', { name: /^Commune/ })
    .fill(commune);
  await saveAndContinue(page);
  await expectSaved(page, 'semaines');

  const weekBoxes = main(page).getByRole('checkbox', { name: /semaine du/i });
  for (let i = 0; i < weeks; i++) await weekBoxes.nth(i + 1).check({ force: true });
  await main(page).getByLabel('Places par semaine').fill(seatsPerWeek);
  await main(page)
    .getByLabel('Places sur l’année')
    .fill(String(Number(seatsPerWeek) * weeks));
  await saveAndContinue(page);
  await expectSaved(page, 'pratique');
  await saveAndContinue(page);
  await expectSaved(page, 'reservation');
}

test.describe('offres d’une structure d’accueil', () => {
  test('brouillon sur plusieurs sessions, publication collective réservée, tableau de bord, duplication, dépublication', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, demoUsers.privateHost.email);
    await page.goto('/entreprise/offres');
    await expectNoAxeViolations(page, '/entreprise/offres');
    await main(page).getByRole('link', { name: 'Publier une nouvelle offre' }).click();
    await expect(page).toHaveURL(/\/entreprise\/offres\/nouvelle$/);
    await expectNoAxeViolations(page, 'étape structure');

    // Session 1: the tutor (pre-filled with the host) and the content, saved as a draft.
    await main(page).getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expectSaved(page, 'structure');
    await page.goto(page.url().replace(/structure$/, 'contenu'));
    await expectNoAxeViolations(page, 'étape contenu');
    // A title pasted far too long is kept whole, with the limit said on the field.
    await main(page).getByLabel('Titre de l’offre').fill('Une semaine au dépôt de bus. '.repeat(345));
    await main(page).getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(main(page).getByText('Le titre ne doit pas dépasser 150 caractères.')).toBeVisible();
    await expect(main(page).getByLabel('Titre de l’offre')).toHaveValue('Une semaine au dépôt de bus. '.repeat(345));
    await main(page).getByLabel('Titre de l’offre').fill(BUS_DEPOT);
    await main(page)
      .getByLabel('Ce que l’élève observera')
      .fill('La prise de service des conducteurs, l’atelier de maintenance et le poste de régulation.');
    await main(page)
      .getByLabel('Les métiers que l’élève découvrira')
      .fill('Conducteur de bus, mécanicien, régulateur.');
    await main(page).getByLabel('Secteur d’activité').selectOption({ label: 'Logistique et transport' });
    await main(page).getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(main(page).getByText('Brouillon enregistré')).toBeVisible();

    // Session 2: signed out and back, the draft waits on the dashboard. Signing out, not clearing the
    // cookies: a response still in flight (a prefetch) would set the live session's cookie again,
    // whereas a session signed out is over on the server.
    await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await signIn(page, demoUsers.privateHost.email);
    await page.goto('/entreprise/offres');
    await main(page).getByRole('link', { name: BUS_DEPOT, exact: true }).click();
    await expect(main(page).getByText('À compléter').first()).toBeVisible();
    await expectNoAxeViolations(page, 'page de gestion d’une offre');
    await main(page).getByRole('link', { name: 'Modifier : Lieu' }).click();
    await expectNoAxeViolations(page, 'étape lieu');

    // An address whose commune does not match its postcode: the pin on the map is asked for, nothing typed is lost.
    await main(page)
      .getByRole('combobox', { name: /Adresse du lieu de stage/ })
      .fill('3 rue du Dépôt');
    await main(page)
      .getByRole('textbox', { name: /^Code postal/ })
      .fill('93200');
    await main(page)
      .getByRole('textbox', { name: /^Commune/ })
      .fill('Marseille');
    await saveAndContinue(page);
    await expect(
      main(page)
        .getByText(/Nous n’avons pas trouvé cette adresse/)
        .first(),
    ).toBeVisible();
    await expect(main(page).getByRole('textbox', { name: /^Code postal/ })).toHaveValue('93200');
    await expect(main(page).getByRole('combobox', { name: /Adresse du lieu de stage/ })).toHaveValue('3 rue du Dépôt');
    await main(page)
      .getByRole('textbox', { name: /^Commune/ })
      .fill('Saint-Denis');
    await fillPlaceWeeksAndHours(page, {
      street: '3 rue du Dépôt',
      postcode: '93200',
      commune: 'Saint-Denis',
      seatsPerWeek: '2',
      weeks: 3,
    });

    // Reserved for one school, found through the directory.
    await main(page).getByText('Réserver cette offre à un ou plusieurs collèges').click();
    await main(page)
      .getByLabel(/Chercher un collège/)
      .fill('Henri Barbusse');
    await main(page).getByRole('button', { name: 'Chercher' }).click();
    await main(page).getByRole('button', { name: 'Ajouter Collège Henri Barbusse' }).click();
    await expectNoAxeViolations(page, 'étape réservation');
    await saveAndContinue(page);
    await expect(page).toHaveURL(/\/entreprise\/offres\/[0-9a-f-]{36}$/);
    const offerUrl = page.url();

    await main(page).getByRole('button', { name: 'Publier l’offre' }).click();
    await expect(main(page).getByText(/L’offre est publiée/)).toBeVisible();
    await expect(main(page).getByText('Stage collectif : 2 élèves par semaine, 6 sur l’année')).toBeVisible();
    await expect(main(page).getByText('Collège Henri Barbusse (Saint-Denis)')).toBeVisible();

    // The dashboard lists it as published, no seat taken yet.
    await page.goto('/entreprise/offres');
    const row = main(page).getByRole('row', { name: BUS_DEPOT });
    await expect(row).toContainText('Publiée');
    await expect(row).toContainText('0 / 6');

    // Duplicate, then unpublish the original.
    await page.goto(offerUrl);
    await main(page).getByRole('button', { name: 'Dupliquer l’offre' }).click();
    await expect(page).toHaveURL(/\/structure\?fait=duplicate$/);
    await expect(main(page).getByText(/Copie créée en brouillon/)).toBeVisible();
    await page.goto(offerUrl);
    await main(page).getByRole('button', { name: 'Dépublier l’offre' }).click();
    await expect(main(page).getByText(/L’offre est dépubliée/)).toBeVisible();
    await page.goto('/entreprise/offres');
    await expect(main(page).getByRole('row', { name: `${BUS_DEPOT} (copie)` })).toContainText('Brouillon');
  });

  test(
    'les horaires de plus de 7 heures sont refusés sur le champ, sans rien perdre',
    { tag: '@mobile' },
    async ({ page }) => {
      await signIn(page, demoUsers.privateHost.email);
      await page.goto('/entreprise/offres');
      await main(page).getByRole('link', { name: 'Préparateur ou préparatrice de commandes' }).click();
      await main(page).getByRole('link', { name: 'Modifier : Informations pratiques' }).click();
      await main(page).getByLabel('Arrivée').fill('08:00');
      await main(page).getByLabel('Départ').fill('18:00');
      await saveAndContinue(page);
      await expect(main(page).getByText(/7 heures par jour au plus ; ces horaires font 9 h hors pause/)).toBeVisible();
      await expect(main(page).getByLabel('Départ')).toHaveValue('18:00');
      await expectNoAxeViolations(page, 'étape pratique en erreur');
    },
  );

  test('l’adresse se choisit au clavier parmi les suggestions', async ({ page }) => {
    await signIn(page, demoUsers.privateHost.email);
    await page.goto(`/entreprise/offres/${demoId(407)}/lieu`);
    const street = main(page).getByRole('combobox', { name: /Adresse du lieu de stage/ });
    await street.fill('Bobig');
    await expect(
      main(page)
        .getByRole('option', { name: /Bobigny/ })
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'suggestions d’adresses');
    await street.press('ArrowDown');
    await street.press('Enter');
    await expect(main(page).getByRole('textbox', { name: /^Code postal/ })).toHaveValue('93000');
    await expect(main(page).getByRole('textbox', { name: /^Commune/ })).toHaveValue('Bobigny');
  });

  test(
    'le choix des semaines montre les collèges proches ; tableau de bord et export sur téléphone',
    { tag: '@mobile' },
    async ({ page }) => {
      await signIn(page, demoUsers.privateHost.email);
      await page.goto(`/entreprise/offres/${demoId(401)}/semaines`);
      await expect(
        main(page)
          .getByText(/1 collège à moins de 60 km/)
          .first(),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'étape semaines');
      await page.goto('/entreprise/offres');
      await expectNoAxeViolations(page, '/entreprise/offres (téléphone)');
      const csv = await page.request.get('/entreprise/offres/export');
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="offres-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(await csv.text()).toContain('Découvrir les métiers de la logistique urbaine');
    },
  );

  test('la recherche d’adresses est limitée à 60 par minute et par personne', async ({ page }) => {
    await signIn(page, demoUsers.publicHost.email);
    // 121 requests sent together span at most two one-minute windows of 60: one at least is refused,
    // even though they race for the same counter.
    const responses = await Promise.all(
      Array.from({ length: 121 }, (_, i) => page.request.get(`/api/adresses?q=${encodeURIComponent(`Bobigny ${i}`)}`)),
    );
    const refused = responses.filter((response) => response.status() === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(responses.every((response) => [200, 429].includes(response.status()))).toBe(true);
    expect((await refused[0]!.json()).error).toContain('Trop de recherches d’adresse');
  });

  test('une autre structure reçoit 404 sur l’offre et ses étapes', async ({ page }) => {
    await signIn(page, demoUsers.publicHost.email);
    await page.goto('/entreprise/offres');
    const foreign = `/entreprise/offres/${demoId(401)}`;
    for (const path of [foreign, `${foreign}/contenu`]) expect((await page.goto(path))?.status()).toBe(404);
  });
});

test.describe('offres d’une association partenaire', () => {
  test('l’opérateur publie une offre pour une structure qu’il accompagne', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, demoUsers.operator.email);
    await page.goto('/entreprise/offres/nouvelle');
    await main(page).getByLabel('Structure d’accueil').selectOption({ label: 'Sport et citoyenneté Marseille' });
    await main(page).getByLabel('Prénom et nom').fill('Malik Ouali');
    await main(page).getByLabel('Adresse électronique').fill('malik.ouali@exemple.fr');
    await saveAndContinue(page);
    await expectSaved(page, 'contenu');
    await main(page).getByLabel('Titre de l’offre').fill(GYMNASIUM);
    await main(page)
      .getByLabel('Ce que l’élève observera')
      .fill('Préparer et encadrer des séances pour les enfants du quartier.');
    await main(page).getByLabel('Les métiers que l’élève découvrira').fill('Éducateur sportif, animateur.');
    await main(page).getByLabel('Secteur d’activité').selectOption({ index: 1 });
    await saveAndContinue(page);
    await expectSaved(page, 'lieu');
    await fillPlaceWeeksAndHours(page, {
      street: '20 boulevard National',
      postcode: '13003',
      commune: 'Marseille',
      seatsPerWeek: '1',
      weeks: 2,
    });
    await saveAndContinue(page);
    await main(page).getByRole('button', { name: 'Publier l’offre' }).click();
    await expect(main(page).getByText(/L’offre est publiée/)).toBeVisible();
    await expect(main(page).getByText(/Sport et citoyenneté Marseille/)).toBeVisible();
    await page.goto('/entreprise/offres');
    await expect(main(page).getByRole('row', { name: GYMNASIUM })).toContainText('Publiée');
  });
});
