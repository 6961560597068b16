// axe-core on every page state the end-to-end journeys reach. `screenshot()` audits the page it
// shoots (a journey takes one at each meaningful state, dialogs and drawers included), and the
// navigation log lets a journey prove that no page it visited went unshot, so unaudited.
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** WCAG 2.1 levels A and AA: what the municipality's accessibility commitment names. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AccessibilityAudit = { label: string; path: string; violations: string[] };

// Vitest runs each test file in its own process, so these are one journey's.
const audits: AccessibilityAudit[] = [];
const visitedPaths = new Set<string>();

/**
 * One line per offending element: page, rule, impact, what the rule asks, where (selector and
 * markup) and axe's summary of the fix (for colour contrast: the colours and the ratio found), so a
 * failure can be fixed as read.
 */
export async function auditAccessibility(page: Page, label: string): Promise<AccessibilityAudit> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const path = new URL(page.url()).pathname;
  const violations = results.violations.flatMap((rule) =>
    rule.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      const html = node.html.replace(/\s+/g, ' ').slice(0, 160);
      return `[${label} ${path}] ${rule.id} (${rule.impact ?? 'unknown'}): ${rule.help} at ${node.target.join(' ')} ${html} ${summary}`;
    }),
  );
  const audit = { label, path, violations };
  audits.push(audit);
  return audit;
}

/**
 * Fails the running test on any violation, softly: the journey goes on, so one run reports every
 * page's violations instead of the first one's.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const { violations } = await auditAccessibility(page, label);
  expect.soft(violations, `axe (WCAG 2.1 A/AA) found violations on ${label}`).toEqual([]);
}

/** Records every path the context's pages navigate to, client-side routing included. */
export function trackVisitedPages(context: BrowserContext): void {
  const track = (page: Page) => {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith('http')) visitedPaths.add(new URL(frame.url()).pathname);
    });
  };
  context.pages().forEach(track);
  context.on('page', track);
}

/** Paths a page of a tracked context reached but no audit looked at. */
export function unauditedPaths(): string[] {
  const audited = new Set(audits.map((audit) => audit.path));
  return [...visitedPaths].filter((path) => !audited.has(path)).sort();
}

export function accessibilityAudits(): readonly AccessibilityAudit[] {
  return audits;
}
