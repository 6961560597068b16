// The forums' participant side, end to end in Chromium against the built app with the demo data:
// Ece, a woman of 24 living in İzmir, registers for the open forum of "Eşitlik için Gençlik Forumu"
// (with an accessibility need, kept with her consent) and applies to its focus group by answering the
// event's questions. Every page is shot and audited with axe. (The coordinators' selection pages are
// still to come: the draw itself is tested through the API in test/server/forums-selection.test.ts.)
import { seedDemo } from '@katilim/server/seed/demo';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { browserWithCamera, logIn, openFromMenu, visible } from '../support/e2e-shifts.ts';
import { createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const ECE = { firstName: 'Ece', lastName: 'Forumlu', email: 'ece.forumlu@forums.e2e.katilim' } as const;
const OPEN = 'Açık forum: kentte eşitlik';
const FOCUS = 'Odak grup: gece ulaşımı ve güvenlik';

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;

beforeAll(async () => {
  server = await startTestServer({ client: true });
  await seedDemo();
  const year = new Date().getUTCFullYear() - 24;
  await createPerson({ ...ECE, gender: 'WOMAN', birthDate: `${year}-02-10`, districtId: 15 });
  chromium = await browserWithCamera(server, 'katilim');
}, 240_000);

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`forums-${task.name}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a young woman takes part in a forum', () => {
  it('registers for the open forum and applies to the focus group', async () => {
    const page = await chromium.newPage('participant');
    await logIn(page, ECE, 'forums-01');
    await openFromMenu(page, 'Forumlar', 'Forumlar ve odak grupları');
    await visible(page.getByRole('heading', { level: 2, name: 'Eşitlik için Gençlik Forumu' }));
    await screenshot(page, 'forums-02-list');

    const open = page.getByRole('article', { name: OPEN });
    await open.getByRole('button', { name: 'Kayıt ol' }).click();
    const register = await visible(page.getByRole('dialog'));
    await register.getByRole('textbox', { name: /Erişilebilirlik/ }).fill('Tekerlekli sandalye erişimi');
    await register.getByRole('checkbox').check();
    await screenshot(page, 'forums-03-register');
    await register.getByRole('button', { name: 'Kayıt ol', exact: true }).click();
    await visible(open.getByText(/Kaydınız alındı|Yedek listedesiniz/));
    const registration = await server.prisma.forumRegistration.findFirstOrThrow({ where: { user: { email: ECE.email } } });
    expect(registration.accessibilityNeeds).toBe('Tekerlekli sandalye erişimi');
    expect(registration.accessibilityConsentAt).not.toBeNull();

    const focus = page.getByRole('article', { name: FOCUS });
    await focus.getByRole('button', { name: 'Başvur' }).click();
    const apply = await visible(page.getByRole('dialog'));
    const groups = apply.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) await groups.nth(i).getByRole('radio').first().check();
    await screenshot(page, 'forums-04-apply');
    await apply.getByRole('button', { name: 'Başvur', exact: true }).click();
    await visible(focus.getByText('Başvurunuz alındı'));
    await screenshot(page, 'forums-05-applied');
    const application = await server.prisma.forumApplication.findFirstOrThrow({ where: { user: { email: ECE.email } }, include: { answers: true } });
    expect(application.status).toBe('APPLIED');
    expect(application.answers).toHaveLength(count);
  });

  it('audited every page it visited, with 0 axe violations, and the console stayed clean', () => {
    expect(unauditedPaths()).toEqual([]);
    expect(accessibilityAudits().flatMap((audit) => audit.violations)).toEqual([]);
    expect(chromium.errors()).toEqual([]);
  });
});
