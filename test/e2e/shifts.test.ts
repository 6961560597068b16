// Issue 8's shifts, end to end in Chromium against the built app, as the people on one shift use it:
// Gülşen, an active volunteer, filters the shifts she qualifies for, signs up for one with free places
// and joins the waitlist of a full one; Şule, who held a place on it, cancels, and the place is
// offered to Gülşen (with its hold counting down, and a mail in the outbox), who confirms it. On the
// day, Gülşen checks in by scanning the shift's QR code with the camera (Chromium's fake camera plays
// the code as a video) and checks out at the end; Derya opens the code's URL directly and logs in on
// the way. Ayşe, the coordinator, approves Gülşen's hours on the attendance sheet and reads the
// reports; Gülşen sees her hours as a chart and a table, issues and downloads her certificate, and
// the public page (logged out) confirms it. Every page is shot and audited with axe.
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkInUrl } from '@katilim/server/modules/shifts/attendance';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { browserWithCamera, checkInPath, fullName, logIn, openFromMenu, pdfText, people, shiftsWorld, startShift, timePasses, visible } from '../support/e2e-shifts.ts';
import { TEST_PASSWORD } from '../support/scenarios.ts';
import { mailsTo } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof shiftsWorld>>;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;
let volunteerPage: Page;
let coordinatorPage: Page;

beforeAll(async () => {
  server = await startTestServer({ client: true });
  world = await shiftsWorld();
  // The camera shows the full shift's check-in code: the one Gülşen will be promoted on.
  chromium = await browserWithCamera(server, checkInUrl(world.full));
  volunteerPage = await chromium.newPage('volunteer');
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(task.name);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** A shift's card on "Vardiyalar" or a sign-up's on "Vardiyalarım", by the opportunity's title. */
const card = (page: Page, shift: { opportunity: { titleTr: string } }) => page.getByRole('article', { name: shift.opportunity.titleTr, exact: true });

function signupOf(shiftId: string, userId: string) {
  return server.prisma.shiftSignup.findUniqueOrThrow({ where: { shiftId_userId: { shiftId, userId } } });
}

describe('a volunteer’s shift, from signing up to a verified certificate', () => {
  it('she filters the shifts, signs up for one with free places and joins the waitlist of a full one', async () => {
    const page = volunteerPage;
    await logIn(page, people.volunteer, 'shifts-01-volunteer');
    await openFromMenu(page, 'Vardiyalar');
    const { free, full, afternoon, unqualified } = world;
    await visible(card(page, full));
    // Offered only shifts whose qualification she holds.
    await visible(card(page, afternoon));
    expect(await card(page, unqualified).count()).toBe(0);
    await screenshot(page, 'shifts-02-browse');

    await page.getByRole('combobox', { name: 'Alan' }).click();
    await page.getByRole('option', { name: 'Atölyeler', exact: true }).click();
    const workshop = await visible(card(page, free));
    await expect.poll(() => card(page, full).count(), { timeout: 10_000 }).toBe(0);
    await visible(workshop.getByText('Boş yer: 5', { exact: true }));
    await visible(workshop.getByText(/Karşıyaka$/));
    await screenshot(page, 'shifts-03-filtered');
    await workshop.getByRole('button', { name: 'Kaydol', exact: true }).click();
    await visible(page.getByText('Vardiyaya kaydoldunuz.', { exact: true }));
    await visible(workshop.getByText('Kaydınız onaylı', { exact: true }));
    await visible(workshop.getByText('Boş yer: 4', { exact: true }));
    await screenshot(page, 'shifts-04-signed-up');
    expect((await signupOf(free.id, world.volunteer.id)).status).toBe('CONFIRMED');

    // Field work in the morning: the full shift, not the afternoon one.
    await page.getByRole('combobox', { name: 'Alan' }).click();
    await page.getByRole('option', { name: 'Saha çalışması', exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Günün saati' }).getByText('Sabah', { exact: true }).click();
    const survey = await visible(card(page, full));
    await expect.poll(() => card(page, afternoon).count(), { timeout: 10_000 }).toBe(0);
    await visible(survey.getByText('Dolu', { exact: true }));
    await survey.getByRole('button', { name: 'Bekleme listesine katıl', exact: true }).click();
    await visible(page.getByText('Bekleme listesine katıldınız: 1. sıradasınız.', { exact: true }));
    await visible(survey.getByText('Bekleme listesinde 1. sıra', { exact: true }));
    await visible(survey.getByText('Bekleyen: 1', { exact: true }));
    await screenshot(page, 'shifts-05-waitlisted');
    expect((await signupOf(full.id, world.volunteer.id)).status).toBe('WAITLISTED');

    await openFromMenu(page, 'Vardiyalarım');
    await visible(page.getByRole('region', { name: 'Bekleme listesi' }).getByText('Bekleme listesinde 1. sıra', { exact: true }));
    await visible(page.getByRole('region', { name: 'Kayıtlı olduğunuz vardiyalar' }).getByRole('article', { name: free.opportunity.titleTr }));
    await screenshot(page, 'shifts-06-my-shifts');
  });

  it('Şule cancels her place on the full shift, and it is offered to Gülşen, who confirms it', async () => {
    const page = await chromium.newPage('leaving volunteer');
    await logIn(page, people.leaving, 'shifts-07-leaving');
    await openFromMenu(page, 'Vardiyalarım');
    const held = await visible(card(page, world.full));
    await held.getByRole('button', { name: 'Kaydı iptal et', exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Kaydı iptal et' }));
    await visible(dialog.getByText('Yeriniz bekleme listesindeki ilk kişiye geçecek. Emin misiniz?'));
    await screenshot(page, 'shifts-08-cancel-dialog');
    await dialog.getByRole('button', { name: 'İptal et', exact: true }).click();
    await visible(page.getByText('Kaydınız iptal edildi.', { exact: true }));
    await visible(page.getByText('Henüz bir vardiyanız yok.', { exact: true }));
    await screenshot(page, 'shifts-09-cancelled');
    expect((await signupOf(world.full.id, world.leaving.id)).status).toBe('CANCELLED');

    const offered = await signupOf(world.full.id, world.volunteer.id);
    expect(offered.status).toBe('OFFERED');
    expect(offered.holdExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    const mail = (await mailsTo(world.volunteer.id)).find((m) => m.template === 'shiftOffered');
    expect(mail?.subject).toContain(world.full.opportunity.titleTr);

    const mine = volunteerPage;
    await mine.reload();
    const offers = await visible(mine.getByRole('region', { name: 'Onaylamanız gereken yerler' }));
    const offer = offers.getByRole('article', { name: world.full.opportunity.titleTr });
    await visible(offer.getByText('Size yer ayrıldı', { exact: true }));
    const timer = await visible(offer.getByRole('timer'));
    const first = await timer.textContent();
    expect(first).toMatch(/^Onaylamak için kalan süre: .+/);
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(first);
    await screenshot(mine, 'shifts-10-offered');
    await offer.getByRole('button', { name: 'Yeri onayla', exact: true }).click();
    await visible(mine.getByText('Yeriniz onaylandı.', { exact: true }));
    await visible(mine.getByRole('region', { name: 'Kayıtlı olduğunuz vardiyalar' }).getByRole('article', { name: world.full.opportunity.titleTr }));
    expect(await mine.getByRole('region', { name: 'Onaylamanız gereken yerler' }).count()).toBe(0);
    await screenshot(mine, 'shifts-11-confirmed');
    expect((await signupOf(world.full.id, world.volunteer.id)).status).toBe('CONFIRMED');
  });

  it('on the day she checks in by scanning the QR code with the camera, and checks out at the end', async () => {
    await startShift(world.full, 20);
    const page = volunteerPage;
    await openFromMenu(page, 'Vardiyaya giriş (karekod)', 'Karekodla vardiyaya giriş');
    await screenshot(page, 'shifts-12-scan');
    await page.getByRole('button', { name: 'Kamerayı aç' }).click();
    await visible(page.getByRole('heading', { name: 'Girişiniz kaydedildi' }), 30_000);
    expect(new URL(page.url()).pathname).toBe(checkInPath(world.full));
    await visible(page.getByText(world.full.opportunity.titleTr, { exact: true }));
    await screenshot(page, 'shifts-13-checked-in');
    const checkedIn = await signupOf(world.full.id, world.volunteer.id);
    expect(checkedIn.checkedInAt).not.toBeNull();
    expect(checkedIn.attendance).toBe('PRESENT');

    // Two and a half hours later, ten minutes before the end.
    await timePasses(world.full, 150);
    await page.getByRole('button', { name: 'Çıkış yap', exact: true }).click();
    const done = await visible(page.getByRole('status').filter({ hasText: 'Çıkışınız kaydedildi' }));
    expect(await done.textContent()).toMatch(/^Çıkışınız kaydedildi: 15[0-2] dakika\.$/);
    await screenshot(page, 'shifts-14-checked-out');
    const out = await signupOf(world.full.id, world.volunteer.id);
    expect(out.minutes).toBeGreaterThanOrEqual(150);
    expect(out.minutes).toBeLessThanOrEqual(152);
  });

  it('Derya opens the QR code’s URL directly: she logs in first, then is checked in', async () => {
    const page = await chromium.newPage('colleague');
    await page.goto(checkInPath(world.full));
    await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
    expect(new URL(page.url()).searchParams.get('next')).toBe(checkInPath(world.full));
    await page.getByLabel('E-posta').fill(people.colleague.email);
    await page.getByLabel('Şifre', { exact: true }).fill(TEST_PASSWORD);
    await screenshot(page, 'shifts-15-check-in-log-in');
    await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Girişiniz kaydedildi' }));
    await screenshot(page, 'shifts-16-check-in-direct');
    expect((await signupOf(world.full.id, world.colleague.id)).checkedInAt).not.toBeNull();
  });

  it('the coordinator approves her hours on the attendance sheet and reads the reports', async () => {
    const page = (coordinatorPage = await chromium.newPage('coordinator'));
    await logIn(page, people.coordinator, 'shifts-17-coordinator');
    await openFromMenu(page, 'Vardiya yoklaması');
    await screenshot(page, 'shifts-18-attendance-index');
    const title = world.full.opportunity.titleTr;
    await page.getByRole('link', { name: title }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Yoklama: ${title}` }));
    await visible(page.getByRole('img', { name: `${title} vardiyasının giriş karekodu` }));
    const sheet = page.getByRole('table', { name: 'Vardiyadaki gönüllüler' });
    await visible(sheet.getByRole('row').filter({ hasText: fullName(people.volunteer) }));
    await visible(sheet.getByRole('row').filter({ hasText: fullName(people.colleague) }));
    expect(await sheet.getByRole('row').filter({ hasText: fullName(people.leaving) }).count()).toBe(0);
    await screenshot(page, 'shifts-19-attendance-sheet');
    await page.getByRole('checkbox', { name: `${fullName(people.volunteer)} için saat onayı` }).check();
    await page.getByRole('button', { name: 'Seçilen 1 kişinin saatlerini onayla' }).click();
    await visible(page.getByText('1 kişinin saatleri onaylandı.'));
    await visible(sheet.getByRole('row').filter({ hasText: fullName(people.volunteer) }).getByText(/^2,5 saat onaylı$/));
    await screenshot(page, 'shifts-20-hours-approved');
    const approved = await signupOf(world.full.id, world.volunteer.id);
    expect(approved.hoursApprovedAt).not.toBeNull();
    // Derya's hours wait for approval.
    expect((await signupOf(world.full.id, world.colleague.id)).hoursApprovedAt).toBeNull();

    await openFromMenu(page, 'Vardiya raporları');
    // Field work this month: her 2.5 approved hours.
    await visible(page.getByRole('row').filter({ hasText: 'Saha çalışması' }).filter({ hasText: '2,5' }));
    await screenshot(page, 'shifts-21-reports');
    const csvHref = await page.getByRole('link', { name: 'CSV indir' }).getAttribute('href');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\n').find((line) => line.includes('Saha çalışması') && line.includes('2.5'))).toBeDefined();
  });

  it('the coordinator’s planning pages: the calendar by week and month, a new shift, the opportunities and a roster', async () => {
    const page = coordinatorPage;
    await openFromMenu(page, 'Vardiya planlama');
    await visible(page.getByRole('heading', { name: 'Riskteki vardiyalar' }));
    await screenshot(page, 'shifts-21a-planning-week');
    await page.locator('label').filter({ hasText: /^Ay$/ }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Ay' }).isChecked()).toBe(true);
    await screenshot(page, 'shifts-21b-planning-month');
    await page.getByRole('button', { name: 'Yeni vardiya' }).click();
    await visible(page.getByRole('dialog', { name: 'Yeni vardiya' }));
    await screenshot(page, 'shifts-21c-new-shift');
    await page.getByRole('dialog', { name: 'Yeni vardiya' }).getByRole('button', { name: 'Vazgeç', exact: true }).click();
    await page.getByRole('dialog', { name: 'Yeni vardiya' }).waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Fırsatlar' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Fırsatlar' }));
    await visible(page.getByRole('table', { name: 'Fırsatlar' }).getByRole('row').filter({ hasText: world.full.opportunity.titleTr }));
    await screenshot(page, 'shifts-21d-opportunities');
    await page.goto(`/shifts/${world.full.globalId}/roster`);
    const roster = await visible(page.getByRole('table', { name: 'Vardiyadaki gönüllüler' }));
    await visible(roster.getByRole('row').filter({ hasText: fullName(people.volunteer) }));
    await screenshot(page, 'shifts-21e-roster');
  });

  it('she sees her hours, downloads her certificate, and the public page confirms it', async () => {
    const page = volunteerPage;
    await openFromMenu(page, 'Saatlerim ve belgelerim');
    const chart = await visible(page.getByRole('region', { name: `${new Date().getFullYear()} yılında aylara göre onaylı saatler` }));
    await visible(chart.getByText('Toplam 2,5 saat', { exact: true }));
    await visible(chart.locator('.recharts-bar-rectangle path').first());
    const months = chart.getByRole('table', { name: `${new Date().getFullYear()} yılında aylara göre onaylı saatler` });
    await visible(months.getByRole('cell', { name: '2,5', exact: true }));
    const record = page.getByRole('region', { name: 'Vardiyalarım' });
    await visible(record.getByRole('row').filter({ hasText: world.full.opportunity.titleTr }).getByText('Onaylandı'));
    await screenshot(page, 'shifts-22-my-hours');

    await page.getByRole('button', { name: 'Belge oluştur' }).click();
    const issued = await visible(page.getByText(/Belgeniz oluşturuldu\. Doğrulama kodu:/));
    const code = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec((await issued.textContent()) ?? '')![1]!;
    await screenshot(page, 'shifts-23-certificate-issued');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `PDF indir (${code})` }).click()]);
    expect(download.suggestedFilename()).toBe(`katilim-certificate-${code}.pdf`);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(fullName(people.volunteer));
    expect(text).toContain(code);

    await page.goto('/profile');
    await page.getByRole('button', { name: 'Takvim adresi oluştur' }).click();
    const feedUrl = await (await visible(page.getByRole('textbox', { name: 'Takvim adresi' }))).inputValue();
    await screenshot(page, 'shifts-24-calendar-feed');
    const feed = await (await page.request.get(feedUrl)).text();
    expect(feed).toContain(`Vardiya: ${world.full.opportunity.titleTr}`);
    expect(feed).toContain(`Vardiya: ${world.free.opportunity.titleTr}`);

    // Anyone with the code, logged out.
    const publicPage = await chromium.newPage('public');
    await publicPage.goto(`/certificates/verify/${code}`);
    await visible(publicPage.getByRole('heading', { name: 'Bu belge geçerlidir' }));
    await visible(publicPage.getByText(`${people.volunteer.firstName} I.`, { exact: true }));
    await screenshot(publicPage, 'shifts-25-certificate-verified');
    await publicPage.goto('/certificates/verify/ZZZZ-ZZZZ-ZZZZ');
    await visible(publicPage.getByText('Belge bulunamadı'));
    await screenshot(publicPage, 'shifts-26-certificate-unknown');
  });
});

describe('accessibility', () => {
  it('audited every page the journey visited', () => {
    expect(accessibilityAudits().length).toBeGreaterThan(0);
    expect(unauditedPaths()).toEqual([]);
  });
});

describe('the browser console', () => {
  it('reported no errors', () => {
    expect(chromium.errors()).toEqual([]);
  });
});
