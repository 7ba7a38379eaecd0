import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG levels the RGAA maps to; best-practice rules are left to manual review. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/** Scans the current page and fails with a readable list of violations (rule, help, nodes). */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
  // After a server action, Next.js streams the page's metadata back a moment after its content:
  // scanning in between reported a missing <title> (a page without one still fails, after the wait).
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
        )
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`;
    })
    .join('\n');
  expect(violations, `Violations d'accessibilité sur ${label} :\n${report}`).toEqual([]);
}
