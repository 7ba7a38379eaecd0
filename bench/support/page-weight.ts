import { chromium } from '@playwright/test';

export interface PageWeight {
  /** JavaScript bytes as transferred (compressed bodies), every script the page loaded. */
  scriptBytes: number;
  scripts: number;
}

/**
 * Opens `url` in Chromium (the one the e2e tests use) with the given cookies and sums the bodies of
 * the scripts it downloads as they came over the network, compressed: what a phone pays. Waits for
 * the network to settle, then a little more, so that chunks loaded after the page (the map) count.
 */
export async function firstLoadScripts(url: string, cookieHeader: string): Promise<PageWeight> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const context = await browser.newContext();
    const { origin } = new URL(url);
    await context.addCookies(
      cookieHeader.split('; ').map((pair) => {
        const at = pair.indexOf('=');
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
      }),
    );
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') sizes.push(request.sizes().then((size) => size.responseBodySize));
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (response?.status() !== 200 || new URL(page.url()).pathname !== new URL(url).pathname)
      throw new Error(`${url} a répondu ${response?.status()} (${page.url()})`);
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const bytes = await Promise.all(sizes);
    return { scriptBytes: bytes.reduce((sum, size) => sum + size, 0), scripts: bytes.length };
  } finally {
    await browser.close();
  }
}
