import { expect, test, type Browser, type Page } from '@playwright/test';
import { formatDate } from '../../lib/calendar/format';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

/*
 * The demo head opens national search for Collège Henri Barbusse and changes its radius; a teacher
 * of the school reads both. Every pupil search of the demo school follows at once, so this spec
 * runs alone, after the others (the "exclusive" project of playwright.config.ts), and puts the
 * school back as it found it (60 km, national search closed) even when it fails.
 */

const HEAD_NAME = 'Nadia Belkacem';
/** A demo offer in Marseille with a seat on a week of the demo pupil's class. */
const FAR_OFFER = 'Animateur ou animatrice sportive';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const radiusField = (page: Page) => page.getByLabel('Rayon de recherche autour du collège');

async function chooseRadius(head: Page, km: number) {
  await radiusField(head).selectOption(String(km));
  await head.getByRole('button', { name: 'Enregistrer le rayon' }).click();
  await expect(head.getByText('Rayon de recherche enregistré')).toBeVisible();
}

test('the head opens national search (the pupil then finds offers 300 km away) and changes the radius; a teacher sees both read-only', async ({
  browser,
}) => {
  const head = await signedIn(browser, demoUsers.head.email);
  try {
    await head.goto('/etablissement');
    const section = head.getByRole('region', { name: 'Recherche de stages des élèves' });
    await expect(section).toContainText('Les élèves cherchent les offres situées à 60 km au plus du collège.');
    await expect(radiusField(head)).toHaveValue('60');

    // Before: the pupil's search stops at the school's radius; Marseille is about 660 km away.
    const pupil = await signedIn(browser, demoUsers.pupil.email);
    await pupil.goto('/offres?mots=animateur');
    await expect(pupil.getByRole('heading', { name: FAR_OFFER })).toHaveCount(0);

    await section.getByRole('button', { name: 'Ouvrir la recherche au niveau national' }).click();
    await expect(head.getByText('Recherche nationale ouverte : les élèves du collège voient')).toBeVisible();
    const opened = `Recherche nationale ouverte le ${formatDate(new Date())} par ${HEAD_NAME}.`;
    await expect(section).toContainText(opened);
    await expectNoAxeViolations(head, '/etablissement (chef, recherche nationale ouverte)');
    // The pupil's search follows at once.
    await pupil.reload();
    const far = pupil.locator('#resultats > li').filter({ has: pupil.getByRole('heading', { name: FAR_OFFER }) });
    await expect(far).toContainText(/à \d{3}(,\d)? km de ton collège/);
    await expect(pupil.getByLabel('Distance')).toHaveValue('france');

    await chooseRadius(head, 30);
    await expect(radiusField(head)).toHaveValue('30');

    const teacher = await signedIn(browser, demoUsers.teacher.email);
    await teacher.goto('/etablissement');
    const seen = teacher.getByRole('region', { name: 'Recherche de stages des élèves' });
    await expect(seen).toContainText(opened);
    await expect(seen).toContainText('Le chef d’établissement choisit le rayon et ouvre la recherche nationale.');
    await expect(seen.getByRole('button')).toHaveCount(0);
    await expect(radiusField(teacher)).toHaveCount(0);

    // Closed again, the pupils search within the new radius, which the teacher reads too.
    await section.getByRole('button', { name: 'Fermer la recherche nationale' }).click();
    await expect(head.getByText('Recherche nationale fermée')).toBeVisible();
    await teacher.reload();
    await expect(seen).toContainText('Les élèves cherchent les offres situées à 30 km au plus du collège.');
  } finally {
    await head.goto('/etablissement');
    const close = head.getByRole('button', { name: 'Fermer la recherche nationale' });
    if (await close.isVisible()) {
      await close.click();
      await expect(head.getByText('Recherche nationale fermée')).toBeVisible();
    }
    if ((await radiusField(head).inputValue()) !== '60') await chooseRadius(head, 60);
  }
});
