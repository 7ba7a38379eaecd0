import { expect, type Page } from '@playwright/test';

/**
 * Every chart of the page's main content (an image whose label summarises it) is followed by the
 * table of its figures, and every table has its caption: what a screen reader or a keyboard user
 * reads instead of the drawing (RGAA 1.2, 5.4).
 */
export async function expectEveryChartHasItsTable(page: Page) {
  const main = page.getByRole('main');
  const charts = main.locator('figure[role="img"]');
  const chartCount = await charts.count();
  expect(chartCount).toBeGreaterThan(0);
  await expect(main.locator('figure[role="img"] + div.fr-table table')).toHaveCount(chartCount);
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute('aria-label', /\S/);
  expect(await main.locator('table caption').count()).toBeGreaterThanOrEqual(chartCount);
}
