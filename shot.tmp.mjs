import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3300';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const [, , who, path, name, width] = process.argv;
const ctx = await browser.newContext({ viewport: { width: Number(width ?? 1280), height: 900 }, locale: 'fr-FR' });
const page = await ctx.newPage();
if (who !== 'visitor') {
  await page.goto(base + '/connexion');
  await page.getByLabel('Adresse électronique', { exact: true }).fill(who);
  await page.getByLabel('Mot de passe', { exact: true }).fill('Demo-2026!');
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
}
await page.goto(base + path);
await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
console.log(await page.locator('main').innerText().then((t) => t.slice(0, 1500)));
await browser.close();
