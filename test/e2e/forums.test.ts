// Forums, the whole journey of issue 11 in Chromium against the built app with the demo data:
// 1. Ece, a woman of 24 living in İzmir, registers for the open forum of "Eşitlik için Gençlik
//    Forumu" (with an accessibility need, kept with her consent) and applies to its focus group.
// 2. A coordinator opens the focus group from "Forum yönetimi", tightens a quota, sees every
//    applicant's probability (Ece's too), publishes the seed's hash and draws; a drop-out is replaced.
// 3. The drawn are told: a mail each, and a drawn woman sees "Seçildiniz" on Forumlar; her mail's
//    link opens the public record, whose hashes and seed her browser checks.
// 4. The facilitator marks attendance and records a recommendation.
// 5. Ece reads the session's summary and comments, with consent.
// 6. The event's report shows them, on screen and in its PDF.
// Every page is shot and audited with axe.
import fs from 'node:fs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@katilim/server/seed/demo';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { browserWithCamera, fullName, logIn, openFromMenu, pdfText, visible } from '../support/e2e-shifts.ts';
import { createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const ECE = { firstName: 'Ece', lastName: 'Forumlu', email: 'ece.forumlu@forums.e2e.katilim' } as const;
const NILAY = { firstName: 'Nilay', lastName: 'Koordinatör', email: 'nilay.koordinator@forums.e2e.katilim' } as const;
const facilitator = DEMO_ACCOUNTS.find((account) => account.email === 'kolaylastirici@katilim.demo')!;
const EVENT = 'Eşitlik için Gençlik Forumu';
const OPEN = 'Açık forum: kentte eşitlik';
const FOCUS = 'Odak grup: gece ulaşımı ve güvenlik';
const RECOMMENDATION = 'Gece otobüsleri saat 02.00’ye kadar çalışsın; duraklar aydınlatılsın.';
const COMMENT = 'Çok verimliydi; bir sonraki forumda güvenli ulaşımı yeniden konuşalım.';

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;
let ece: Page;
let coordinator: Page;

async function logInDemo(page: Page, person: { email: string; firstName: string; lastName: string }, shot: string) {
  await page.goto('/login');
  await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
  await page.getByLabel('E-posta').fill(person.email);
  await page.getByLabel('Şifre', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
  await visible(page.getByRole('button', { name: `Kullanıcı menüsü: ${fullName(person)}`, exact: true }));
  await screenshot(page, `${shot}-home`);
}

beforeAll(async () => {
  server = await startTestServer({ client: true });
  await seedDemo();
  const year = new Date().getUTCFullYear() - 24;
  await createPerson({ ...ECE, gender: 'WOMAN', birthDate: `${year}-02-10`, districtId: 15 });
  await createPerson({ ...NILAY, roles: ['COORDINATOR'], gender: 'WOMAN' });
  chromium = await browserWithCamera(server, 'katilim');
}, 240_000);

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`forums-${task.name}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a forum, from registration to its report', () => {
  it('1. a young woman registers for the open forum and applies to the focus group', async () => {
    ece = await chromium.newPage('participant');
    await logIn(ece, ECE, 'forums-01');
    await openFromMenu(ece, 'Forumlar', 'Forumlar ve odak grupları');
    await visible(ece.getByRole('heading', { level: 2, name: EVENT }));
    await screenshot(ece, 'forums-02-list');

    const open = ece.getByRole('article', { name: OPEN });
    await open.getByRole('button', { name: 'Kayıt ol' }).click();
    const register = await visible(ece.getByRole('dialog'));
    await register.getByRole('textbox', { name: /Erişilebilirlik/ }).fill('Tekerlekli sandalye erişimi');
    await register.getByRole('checkbox').check();
    await screenshot(ece, 'forums-03-register');
    await register.getByRole('button', { name: 'Kayıt ol', exact: true }).click();
    await visible(open.getByText('Kaydınız alındı'));
    const registration = await server.prisma.forumRegistration.findFirstOrThrow({ where: { user: { email: ECE.email } } });
    expect(registration).toMatchObject({ status: 'CONFIRMED', accessibilityNeeds: 'Tekerlekli sandalye erişimi' });
    expect(registration.accessibilityConsentAt).not.toBeNull();

    const focus = ece.getByRole('article', { name: FOCUS });
    await focus.getByRole('button', { name: 'Başvur' }).click();
    const apply = await visible(ece.getByRole('dialog'));
    const groups = apply.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) await groups.nth(i).getByRole('radio').first().check();
    await screenshot(ece, 'forums-04-apply');
    await apply.getByRole('button', { name: 'Başvur', exact: true }).click();
    await visible(focus.getByText('Başvurunuz alındı'));
    await screenshot(ece, 'forums-05-applied');
    const application = await server.prisma.forumApplication.findFirstOrThrow({ where: { user: { email: ECE.email } }, include: { answers: true } });
    expect(application.status).toBe('APPLIED');
    expect(application.answers).toHaveLength(count);
  });

  it('2. the coordinator sets the quotas, sees the probabilities, publishes the seed hash, draws and replaces a drop-out', async () => {
    coordinator = await chromium.newPage('coordinator');
    await logIn(coordinator, NILAY, 'forums-06');
    await openFromMenu(coordinator, 'Forum yönetimi', 'Forum etkinlikleri (yönetim)');
    await visible(coordinator.getByRole('link', { name: EVENT }));
    await screenshot(coordinator, 'forums-06-events');
    await coordinator.getByRole('link', { name: EVENT }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: EVENT }));
    await screenshot(coordinator, 'forums-07-event');
    await coordinator.getByRole('link', { name: `${FOCUS}: seçim` }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: `Odak grubu seçimi: ${FOCUS}` }));
    await visible(coordinator.getByTestId('minimum-probability'), 60_000);
    const before = await coordinator.getByTestId('minimum-probability').textContent();

    // At most 3 from the north (the demo allows 4): saved, and the probabilities are computed again.
    const northMax = coordinator.getByRole('textbox', { name: /^Kuzey .*: en çok$/ });
    await northMax.fill('3');
    await coordinator.getByRole('button', { name: 'Kotaları kaydet' }).click();
    await visible(coordinator.getByText('Kotalar kaydedildi; olasılıklar yeniden hesaplanıyor.'));
    await expect.poll(async () => (await server.prisma.forumQuota.findFirstOrThrow({ where: { session: { title: FOCUS }, optionValue: 'north' } })).max).toBe(3);
    await visible(coordinator.getByTestId('minimum-probability'), 60_000);
    expect(await coordinator.getByTestId('minimum-probability').textContent()).toMatch(/^%\d+,\d\d$/);
    // Every applicant's chance before the draw, Ece's among them.
    await visible(coordinator.getByRole('row').filter({ hasText: fullName(ECE) }).filter({ hasText: /%\d+,\d\d/ }).first());
    expect(before).toMatch(/^%\d+,\d\d$/);
    await screenshot(coordinator, 'forums-08-probabilities');

    await coordinator.getByRole('button', { name: 'Dağılımı yayımla' }).click();
    const commit = await visible(coordinator.getByRole('dialog', { name: 'Dağılım yayımlansın mı?' }));
    await screenshot(coordinator, 'forums-09-commit-dialog');
    await commit.getByRole('button', { name: 'Yayımla' }).click();
    await visible(coordinator.getByRole('button', { name: 'Gizli değerin özeti (SHA-256) kopyala' }), 60_000);
    const selection = await server.prisma.forumSelection.findFirstOrThrow({ where: { session: { title: FOCUS } } });
    await visible(coordinator.getByText(selection.secretHash, { exact: true }));
    await screenshot(coordinator, 'forums-10-committed');

    await coordinator.getByRole('textbox', { name: /Herkese açık değer/ }).fill('drand 5123456 e2e');
    await coordinator.getByRole('button', { name: 'Kurayı çek' }).click();
    const draw = await visible(coordinator.getByRole('dialog', { name: 'Kura çekilsin mi?' }));
    await draw.getByRole('button', { name: 'Kurayı çek' }).click();
    const panel = await visible(coordinator.getByTestId('selection-panel'), 60_000);
    await visible(coordinator.getByRole('heading', { name: /Yedek listesi/ }));
    expect(await panel.getByRole('row').count()).toBe(8);
    const drawn = await server.prisma.forumSelection.findFirstOrThrow({ where: { session: { title: FOCUS } } });
    expect(drawn.seed).toMatch(/^[0-9a-f]{64}$/);
    await visible(coordinator.getByText(drawn.secret, { exact: true }));
    await screenshot(coordinator, 'forums-11-drawn');

    // The north holds at most 3 of the panel.
    const northern = await server.prisma.forumApplication.count({ where: { session: { title: FOCUS }, status: 'SELECTED', answers: { some: { optionValue: 'north', question: { key: 'district-group' } } } } });
    expect(northern).toBeLessThanOrEqual(3);

    const first = panel.getByRole('row').first();
    const name = (await first.getByRole('rowheader').textContent())!;
    await first.getByRole('button', { name: `${name} yerine birini al` }).click();
    const replace = await visible(coordinator.getByRole('dialog', { name: `${name} yerine birini almak` }));
    await replace.getByRole('button', { name: 'Yerine birini al' }).click();
    await visible(coordinator.getByText(`${name} yerine yedek listesinden biri alındı.`));
    expect(await server.prisma.forumApplication.count({ where: { session: { title: FOCUS }, status: 'REPLACED' } })).toBe(1);
    expect(await server.prisma.forumApplication.count({ where: { session: { title: FOCUS }, status: 'SELECTED' } })).toBe(8);
    await screenshot(coordinator, 'forums-12-replaced');
  });

  it('3. the drawn are told: a mail each, and a drawn woman sees that she was selected', async () => {
    const selected = await server.prisma.forumApplication.findMany({ where: { session: { title: FOCUS }, status: 'SELECTED' }, include: { user: true }, orderBy: { id: 'asc' } });
    for (const application of selected) {
      const mails = await server.prisma.outboxMessage.count({ where: { toAddress: application.user.email, template: { startsWith: 'forum' }, subject: { contains: FOCUS } } });
      expect(mails, application.user.email).toBeGreaterThan(0);
    }
    const woman = selected.find((application) => application.user.email !== ECE.email)!.user;
    const page = await chromium.newPage('drawn');
    await (woman.email.endsWith('.demo') ? logInDemo(page, woman, 'forums-13') : logIn(page, woman, 'forums-13'));
    await openFromMenu(page, 'Forumlar', 'Forumlar ve odak grupları');
    await visible(page.getByRole('article', { name: FOCUS }).getByText('Seçildiniz'));
    await screenshot(page, 'forums-14-selected');

    // Her mail links to the public record, where her browser checks the hashes and the seed.
    const mail = await server.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: woman.email, template: 'forumSelected' } });
    const link = /https?:\/\/\S+\/forums\/selections\/\S+/.exec(mail.bodyText)![0];
    await page.goto(new URL(link).pathname);
    await visible(page.getByRole('heading', { level: 1, name: `Seçim kaydı: ${FOCUS}` }));
    const checks = page.getByRole('region', { name: 'Denetimler' });
    await expect.poll(() => checks.getByText('Doğru', { exact: true }).count()).toBe(3);
    await screenshot(page, 'forums-14b-record');

    // Ece is told her own outcome: selected, or her place on the waitlist.
    const mine = await server.prisma.forumApplication.findFirstOrThrow({ where: { user: { email: ECE.email } } });
    await ece.reload();
    const card = ece.getByRole('article', { name: FOCUS });
    await visible(card.getByText(mine.status === 'SELECTED' ? 'Seçildiniz' : /Yedek/).first());
    await screenshot(ece, 'forums-15-outcome');
  });

  it('4. the facilitator marks attendance and records a recommendation', async () => {
    const page = await chromium.newPage('facilitator');
    await logInDemo(page, facilitator, 'forums-16');
    await openFromMenu(page, 'Forum oturumlarım');
    await visible(page.getByRole('link', { name: OPEN }));
    await screenshot(page, 'forums-16-sessions');
    await page.getByRole('link', { name: OPEN }).click();
    await visible(page.getByRole('heading', { level: 1, name: OPEN }));
    await visible(page.getByText('Tekerlekli sandalye erişimi'));
    await page.getByRole('radiogroup', { name: `${fullName(ECE)} katıldı mı?` }).getByRole('radio', { name: 'Katıldı' }).check();
    await expect.poll(async () => (await server.prisma.forumRegistration.findFirstOrThrow({ where: { user: { email: ECE.email } } })).attended).toBe(true);

    await page.getByLabel(/^Tema/).first().fill('ulaşım');
    await page.getByRole('textbox', { name: /^Metin/ }).fill(RECOMMENDATION);
    await page.getByRole('button', { name: 'Bulguyu kaydet' }).click();
    await visible(page.getByText('Bulgu kaydedildi.'));
    await visible(page.getByRole('region', { name: 'Bulgular' }).getByText(RECOMMENDATION));
    await screenshot(page, 'forums-17-run');

    // The focus group: the panel, marked present one by one.
    await page.goto('/forums/facilitation');
    await page.getByRole('link', { name: FOCUS }).click();
    await visible(page.getByRole('heading', { level: 1, name: FOCUS }));
    const present = page.getByRole('radio', { name: 'Katıldı' });
    await visible(present.first());
    expect(await present.count()).toBe(8);
    await present.first().check();
    await expect.poll(() => server.prisma.forumApplication.count({ where: { session: { title: FOCUS }, attended: true } })).toBe(1);
    await screenshot(page, 'forums-18-focus-attendance');
  });

  it('5. Ece reads the summary of the open forum and comments, with consent', async () => {
    await ece.goto('/forums');
    await ece.getByRole('article', { name: OPEN }).getByRole('link', { name: 'Oturum özeti' }).click();
    await visible(ece.getByRole('heading', { level: 1, name: `Oturum özeti: ${OPEN}` }));
    await visible(ece.getByText(RECOMMENDATION));
    await ece.getByRole('textbox', { name: /^Yorum/ }).fill(COMMENT);
    await ece.getByRole('button', { name: 'Yorumu gönder' }).click();
    await visible(ece.getByRole('alert').filter({ hasText: 'onay' }));
    expect(await server.prisma.forumComment.count()).toBe(0);
    await ece.getByRole('checkbox', { name: /onay veriyorum/ }).check();
    await ece.getByRole('button', { name: 'Yorumu gönder' }).click();
    await visible(ece.getByText('Yorumunuz kaydedildi.'));
    expect(await server.prisma.forumComment.findFirstOrThrow()).toMatchObject({ body: COMMENT });
    await screenshot(ece, 'forums-19-summary');
  });

  it("6. the event's report shows the participation and the recommendation, on screen and in its PDF", async () => {
    await coordinator.goto('/forums/manage');
    await coordinator.getByRole('link', { name: EVENT }).click();
    await coordinator.getByRole('link', { name: 'Rapor', exact: true }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: `Forum raporu: ${EVENT}` }));
    const district = await server.prisma.district.findUniqueOrThrow({ where: { id: 15 } });
    const table = coordinator.getByRole('table', { name: 'İlçelere göre katılım' });
    await visible(table.getByRole('rowheader', { name: district.name, exact: true }));
    await visible(coordinator.getByRole('region', { name: 'ulaşım' }).getByText(RECOMMENDATION));
    await visible(coordinator.locator('.recharts-bar-rectangle path').first());
    await screenshot(coordinator, 'forums-20-report');

    const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.getByRole('link', { name: 'PDF indir' }).click()]);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(EVENT);
    expect(text).toContain('İlçelere göre katılım');
    expect(text).toContain(district.name);
    expect(text.replace(/\s+/g, ' ')).toContain('Gece otobüsleri');
    // The same figures as CSV, the recommendation among them.
    const csv = await (await coordinator.request.get(`${server.url}/forums/events/${Buffer.from(`ForumEvent:${(await server.prisma.forumEvent.findFirstOrThrow({ where: { titleTr: EVENT } })).id}`).toString('base64')}/report.csv`)).text();
    expect(csv).toContain(RECOMMENDATION);
  });

  it('audited every page it visited, with 0 axe violations, and the console stayed clean', () => {
    expect(unauditedPaths()).toEqual([]);
    expect(accessibilityAudits().flatMap((audit) => audit.violations)).toEqual([]);
    expect(chromium.errors()).toEqual([]);
  });
});
