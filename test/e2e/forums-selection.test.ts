// Forums, the coordinators' side end to end in Chromium against the built app with the demo data: a
// coordinator opens the demo focus group's selection page from the forums page, sees every
// applicant's probability under the demo quotas, publishes the distribution (the two hashes appear),
// draws with a public value (panel, waitlist, seed and secret appear) and replaces a drop-out. Every
// page and dialog is shot and audited with axe.
import { seedDemo } from '@katilim/server/seed/demo';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { browserWithCamera, logIn, visible } from '../support/e2e-shifts.ts';
import { createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const NILAY = { firstName: 'Nilay', lastName: 'Koordinatör', email: 'nilay.koordinator@forums.e2e.katilim' } as const;
const FOCUS = 'Odak grup: gece ulaşımı ve güvenlik';

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;

beforeAll(async () => {
  server = await startTestServer({ client: true });
  await seedDemo();
  await createPerson({ ...NILAY, roles: ['COORDINATOR'], gender: 'WOMAN' });
  chromium = await browserWithCamera(server, 'katilim');
}, 240_000);

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`forums-selection-${task.name}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a coordinator selects a focus group’s panel', () => {
  it('previews the probabilities, publishes the distribution, draws and replaces a drop-out', async () => {
    const page = await chromium.newPage('coordinator');
    await logIn(page, NILAY, 'forums-selection-01');
    await page.goto('/forums');
    const link = await visible(page.getByRole('link', { name: `${FOCUS}: seçim sayfası` }));
    await screenshot(page, 'forums-selection-02-forums');
    await link.click();
    await visible(page.getByRole('heading', { level: 1, name: `Odak grubu seçimi: ${FOCUS}` }));
    await visible(page.getByTestId('minimum-probability'), 60_000);
    expect(await page.getByTestId('minimum-probability').textContent()).toMatch(/^%\d+,\d\d$/);
    await screenshot(page, 'forums-selection-03-preview');

    await page.getByRole('button', { name: 'Dağılımı yayımla' }).click();
    const commit = await visible(page.getByRole('dialog', { name: 'Dağılım yayımlansın mı?' }));
    await screenshot(page, 'forums-selection-04-commit-dialog');
    await commit.getByRole('button', { name: 'Yayımla' }).click();
    await visible(page.getByRole('button', { name: 'Gizli değerin özeti (SHA-256) kopyala' }), 60_000);
    const selection = await server.prisma.forumSelection.findFirstOrThrow({ where: { session: { title: FOCUS } } });
    await visible(page.getByText(selection.secretHash, { exact: true }));
    await screenshot(page, 'forums-selection-05-committed');

    await page.getByRole('textbox', { name: /Herkese açık değer/ }).fill('drand 5123456 e2e');
    await page.getByRole('button', { name: 'Kurayı çek' }).click();
    const draw = await visible(page.getByRole('dialog', { name: 'Kura çekilsin mi?' }));
    await draw.getByRole('button', { name: 'Kurayı çek' }).click();
    const panel = await visible(page.getByTestId('selection-panel'), 60_000);
    await visible(page.getByRole('heading', { name: /Yedek listesi/ }));
    expect(await panel.getByRole('row').count()).toBe(8);
    await screenshot(page, 'forums-selection-06-drawn');

    const first = panel.getByRole('row').first();
    const name = (await first.getByRole('rowheader').textContent())!;
    await first.getByRole('button', { name: `${name} yerine birini al` }).click();
    const replace = await visible(page.getByRole('dialog', { name: `${name} yerine birini almak` }));
    await screenshot(page, 'forums-selection-07-replace-dialog');
    await replace.getByRole('button', { name: 'Yerine birini al' }).click();
    await visible(page.getByText(`${name} yerine yedek listesinden biri alındı.`));
    expect(await server.prisma.forumApplication.count({ where: { session: { title: FOCUS }, status: 'REPLACED' } })).toBe(1);
    await screenshot(page, 'forums-selection-08-replaced');
  });

  it('audited every page it visited, with 0 axe violations, and the console stayed clean', () => {
    expect(unauditedPaths()).toEqual([]);
    expect(accessibilityAudits().flatMap((audit) => audit.violations)).toEqual([]);
    expect(chromium.errors()).toEqual([]);
  });
});
