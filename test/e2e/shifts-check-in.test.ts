// Check-in by QR code through the camera, end to end in Chromium: the shift's check-in QR code is
// written as a video that Chromium's fake camera plays (--use-file-for-fake-video-capture); a
// volunteer with a place on the shift logs in, opens the scan page, turns the camera on, and the
// scanner reads the code and checks her in. Then the coordinator approves her hours on the shift's
// attendance sheet, she issues and downloads her participation certificate, and the public page
// confirms it. Every page is shot and audited with axe.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkInUrl } from '@katilim/server/modules/shifts/attendance';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, trackVisitedPages, unauditedPaths } from '../support/accessibility.ts';
import { collectBrowserErrors, launchBrowser, screenshot } from '../support/browser.ts';
import { writeQrVideo } from '../support/fake-camera.ts';
import { createPerson, TEST_PASSWORD } from '../support/scenarios.ts';
import { createOpportunity, createShift, createVolunteer, signUp, type Shift } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const WAIT = 20_000;
const VOLUNTEER = { firstName: 'Gülşen', lastName: 'Işıkçı', email: 'gulsen.isikci@e2e.katilim' };
const SECOND = { firstName: 'Şule', lastName: 'Öztürk', email: 'sule.ozturk@e2e.katilim' };
const COORDINATOR = { firstName: 'Ayşe', lastName: 'Koordinatör', email: 'ayse.koordinator@e2e.katilim' };

let server: TestServer;
let browser: Browser;
let shift: Shift;
let video: string;
let volunteerId: string;
let secondId: string;
const contextErrors: string[][] = [];

async function visible(locator: Locator, timeout = WAIT): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

async function newContext(label: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'tr-TR', timezoneId: 'Europe/Istanbul', acceptDownloads: true });
  await context.grantPermissions(['camera'], { origin: server.url });
  context.setDefaultTimeout(WAIT);
  contextErrors.push(collectBrowserErrors(context, label));
  trackVisitedPages(context);
  return context;
}

async function logIn(page: Page, email: string, fullName: string, shot: string) {
  await page.goto('/login');
  await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
  await page.getByLabel('E-posta').fill(email);
  await page.getByLabel('Şifre', { exact: true }).fill(TEST_PASSWORD);
  await screenshot(page, `${shot}-log-in`);
  await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
  await visible(page.getByRole('button', { name: `Kullanıcı menüsü: ${fullName}`, exact: true }));
  await visible(page.getByRole('heading', { level: 1 }));
  await screenshot(page, `${shot}-home`);
}

beforeAll(async () => {
  server = await startTestServer({ client: true });
  const volunteer = await createVolunteer(VOLUNTEER);
  volunteerId = volunteer.id;
  await createPerson({ ...COORDINATOR, roles: ['COORDINATOR'] });
  const opportunity = await createOpportunity({ titleTr: 'Karşıyaka’da kadın danışma günü', titleEn: 'Women’s advice day in Karşıyaka' });
  // Under way: started 20 minutes ago, three hours long.
  shift = await createShift({ opportunity, startsInHours: -1 / 3, hours: 3, cutoffHours: 1 });
  await signUp(shift, volunteer.id);
  secondId = (await createVolunteer(SECOND)).id;
  await signUp(shift, secondId);
  video = writeQrVideo(checkInUrl(shift), path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'katilim-camera-')), 'check-in-qr.y4m'));
  browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
});

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  for (const context of browser?.contexts() ?? []) {
    for (const [index, page] of context.pages().entries()) await screenshot(page, `shifts-failure-${index}`, { audit: false }).catch(() => undefined);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (video) fs.rmSync(path.dirname(video), { recursive: true, force: true });
});

describe('a volunteer checks in by scanning the shift’s QR code with the camera', () => {
  let volunteerPage: Page;

  it('reads the code from the camera and records the check-in', async () => {
    volunteerPage = await (await newContext('volunteer')).newPage();
    await logIn(volunteerPage, VOLUNTEER.email, `${VOLUNTEER.firstName} ${VOLUNTEER.lastName}`, 'shifts-volunteer');
    await volunteerPage.goto('/shifts/scan');
    await visible(volunteerPage.getByRole('heading', { level: 1, name: 'Karekodla vardiyaya giriş' }));
    await screenshot(volunteerPage, 'shifts-scan');
    await volunteerPage.getByRole('button', { name: 'Kamerayı aç' }).click();

    await visible(volunteerPage.getByRole('heading', { name: 'Girişiniz kaydedildi' }), 30_000);
    expect(new URL(volunteerPage.url()).pathname).toBe(`/shifts/check-in/${checkInUrl(shift).split('/').at(-1)}`);
    await visible(volunteerPage.getByText('Karşıyaka’da kadın danışma günü'));
    await screenshot(volunteerPage, 'shifts-checked-in');

    const signup = await server.prisma.shiftSignup.findUniqueOrThrow({ where: { shiftId_userId: { shiftId: shift.id, userId: volunteerId } } });
    expect(signup.checkedInAt).not.toBeNull();
    expect(signup.attendance).toBe('PRESENT');
  });

  it('opens the QR code’s URL directly: log in first, then checked in', async () => {
    const page = await (await newContext('second volunteer')).newPage();
    const code = checkInUrl(shift).split('/').at(-1)!;
    await page.goto(`/shifts/check-in/${code}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/shifts/check-in/${code}`);
    await page.getByLabel('E-posta').fill(SECOND.email);
    await page.getByLabel('Şifre', { exact: true }).fill(TEST_PASSWORD);
    await screenshot(page, 'shifts-check-in-log-in');
    await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Girişiniz kaydedildi' }));
    await screenshot(page, 'shifts-check-in-direct');
    const signup = await server.prisma.shiftSignup.findUniqueOrThrow({ where: { shiftId_userId: { shiftId: shift.id, userId: secondId } } });
    expect(signup.checkedInAt).not.toBeNull();
  });

  it('has the coordinator approve the hours, and the volunteer download a certificate the public page confirms', async () => {
    const coordinatorPage = await (await newContext('coordinator')).newPage();
    await logIn(coordinatorPage, COORDINATOR.email, `${COORDINATOR.firstName} ${COORDINATOR.lastName}`, 'shifts-coordinator');
    await coordinatorPage.goto('/coordination/shift-attendance');
    await visible(coordinatorPage.getByRole('heading', { level: 1, name: 'Vardiya yoklaması' }));
    await screenshot(coordinatorPage, 'shifts-attendance-index');
    await coordinatorPage.getByRole('link', { name: 'Karşıyaka’da kadın danışma günü' }).click();
    await visible(coordinatorPage.getByRole('heading', { level: 1, name: 'Yoklama: Karşıyaka’da kadın danışma günü' }));
    await visible(coordinatorPage.getByRole('img', { name: /giriş karekodu/ }));
    await screenshot(coordinatorPage, 'shifts-attendance-sheet');
    await coordinatorPage.getByRole('checkbox', { name: `${VOLUNTEER.firstName} ${VOLUNTEER.lastName} için saat onayı` }).check();
    await coordinatorPage.getByRole('button', { name: 'Seçilen 1 kişinin saatlerini onayla' }).click();
    await visible(coordinatorPage.getByText('1 kişinin saatleri onaylandı.'));
    await screenshot(coordinatorPage, 'shifts-hours-approved');
    const approved = await server.prisma.shiftSignup.findUniqueOrThrow({ where: { shiftId_userId: { shiftId: shift.id, userId: volunteerId } } });
    expect(approved.hoursApprovedAt).not.toBeNull();
    expect(approved.minutes).toBeGreaterThan(0);

    await coordinatorPage.goto('/coordination/shift-reports');
    await visible(coordinatorPage.getByRole('heading', { level: 1, name: 'Vardiya raporları' }));
    await visible(coordinatorPage.getByRole('cell', { name: 'Saha çalışması' }));
    await screenshot(coordinatorPage, 'shifts-reports');
    const csvHref = await coordinatorPage.getByRole('link', { name: 'CSV indir' }).getAttribute('href');
    const csv = await coordinatorPage.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Saha çalışması,1,');

    await volunteerPage.goto('/shifts/my-hours');
    await visible(volunteerPage.getByRole('heading', { level: 1, name: 'Saatlerim ve belgelerim' }));
    await visible(volunteerPage.getByRole('heading', { name: 'Katılım belgeleri' }));
    await screenshot(volunteerPage, 'shifts-my-hours');
    await volunteerPage.getByRole('button', { name: 'Belge oluştur' }).click();
    const issued = await visible(volunteerPage.getByText(/Belgeniz oluşturuldu\. Doğrulama kodu:/));
    const code = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec((await issued.textContent()) ?? '')![1]!;
    await screenshot(volunteerPage, 'shifts-certificate-issued');

    const [download] = await Promise.all([volunteerPage.waitForEvent('download'), volunteerPage.getByRole('link', { name: `PDF indir (${code})` }).click()]);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toBe(`katilim-certificate-${code}.pdf`);

    await volunteerPage.goto('/profile');
    await volunteerPage.getByRole('button', { name: 'Takvim adresi oluştur' }).click();
    const feedUrl = await (await visible(volunteerPage.getByRole('textbox', { name: 'Takvim adresi' }))).inputValue();
    await screenshot(volunteerPage, 'shifts-calendar-feed');
    const feed = await volunteerPage.request.get(feedUrl);
    expect(await feed.text()).toContain('Vardiya: Karşıyaka’da kadın danışma günü');

    // Anyone with the code, logged in or not.
    const publicPage = await (await newContext('public')).newPage();
    await publicPage.goto(`/certificates/verify/${code}`);
    await visible(publicPage.getByRole('heading', { name: 'Bu belge geçerlidir' }));
    await visible(publicPage.getByText(`${VOLUNTEER.firstName} I.`, { exact: true }));
    await screenshot(publicPage, 'shifts-certificate-verified');
    await publicPage.goto('/certificates/verify/ZZZZ-ZZZZ-ZZZZ');
    await visible(publicPage.getByText('Belge bulunamadı'));
    await screenshot(publicPage, 'shifts-certificate-unknown');
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
    expect(contextErrors.flat()).toEqual([]);
  });
});
