// A person's first visit, end to end in Chromium against the built app: the landing page in both
// languages, registration (one mistake first), the verification mail read from the outbox by an
// admin, verifying, logging in and out, and the phone layout.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, trackVisitedPages, unauditedPaths } from '../support/accessibility.ts';
import { collectBrowserErrors, launchBrowser, screenshot } from '../support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const WAIT = 15_000;

const PROGRAMMES_TR = ['Eşit İzmir Gönüllüleri', 'İzmir Çocuk Meclisi', 'Forumlar ve Odak Grupları', 'Gezi Programları'];
const PROGRAMMES_EN = ['Eşit İzmir Volunteers', "İzmir Children's Council", 'Forums and Focus Groups', 'Leisure Trips'];

const newcomer = {
  email: 'sule.isikli@example.org',
  password: 'körfezde-akşam-vapuru',
  firstName: 'Şule',
  lastName: 'Işıklı',
  phone: '0532 123 45 67',
  birthDate: '1990-05-01',
};
const admin = { email: 'ayla.yonetici@izmir.test', firstName: 'Ayla', lastName: 'Yönetici' };
const VERIFY_SUBJECT = 'Katılım: e-posta adresinizi doğrulayın';

let server: TestServer;
let browser: Browser;
let visitor: BrowserContext;
let page: Page;
// One list per browser context, filled as the pages report; the last test reads them all.
const contextErrors: string[][] = [];

async function visible(locator: Locator, timeout = WAIT): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

async function gone(locator: Locator, timeout = WAIT): Promise<void> {
  await locator.waitFor({ state: 'detached', timeout });
}

async function newContext(label: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'tr-TR',
    timezoneId: 'Europe/Istanbul',
    // Reduced motion, as the theme honours it: a notification is audited as shown, not mid-fade.
    reducedMotion: 'reduce',
    ...options,
  });
  context.setDefaultTimeout(WAIT);
  contextErrors.push(collectBrowserErrors(context, label));
  trackVisitedPages(context);
  return context;
}

function programmeHeading(target: Page, name: string): Locator {
  return target.getByRole('heading', { level: 3, name, exact: true });
}

async function logIn(target: Page, email: string, password: string) {
  await target.getByLabel('E-posta').fill(email);
  await target.getByLabel('Şifre', { exact: true }).fill(password);
  await target.getByRole('button', { name: 'Giriş yap', exact: true }).click();
}

function userMenu(target: Page, fullName: string): Locator {
  return target.getByRole('button', { name: `Kullanıcı menüsü: ${fullName}`, exact: true });
}

beforeAll(async () => {
  server = await startTestServer({ client: true });
  browser = await launchBrowser();
  visitor = await newContext('visitor');
  page = await visitor.newPage();
});

// What the browser showed when a step failed, next to the journey's screenshots.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const pages = browser.contexts().flatMap((context) => context.pages());
  const slug = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await Promise.all(pages.map((open, index) => screenshot(open, `failed-${slug}-${index}`, { audit: false })));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a newcomer registers, verifies and logs in through the UI', () => {
  it('shows the four programmes in Turkish on the landing page', async () => {
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1, name: 'Kentimize birlikte katılalım' }));
    for (const name of PROGRAMMES_TR) await visible(programmeHeading(page, name));
    expect(await page.getByRole('article').count()).toBe(4);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
    await screenshot(page, '01-landing-tr');
  });

  it('switches to English, remembers it across a reload, and switches back', async () => {
    await page.getByRole('button', { name: 'English', exact: true }).click();
    // Programme names come from the server in the request's language, so this waits for a refetch.
    for (const name of PROGRAMMES_EN) await visible(programmeHeading(page, name));
    await gone(programmeHeading(page, 'Eşit İzmir Gönüllüleri'));
    await visible(page.getByRole('heading', { level: 1, name: 'Take part in your city' }));
    await visible(page.getByRole('button', { name: 'Türkçe', exact: true }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, '02-landing-en');

    await page.reload();
    await visible(programmeHeading(page, "İzmir Children's Council"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('button', { name: 'Türkçe', exact: true }).click();
    for (const name of PROGRAMMES_TR) await visible(programmeHeading(page, name));
    await visible(page.getByRole('button', { name: 'English', exact: true }));
  });

  it('refuses an under-18 birth date with a translated message, then registers', async () => {
    await page.getByRole('link', { name: 'Hemen kayıt ol' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Kayıt ol' }));

    await page.getByLabel('Ad', { exact: true }).fill(newcomer.firstName);
    await page.getByLabel('Soyad', { exact: true }).fill(newcomer.lastName);
    await page.getByLabel('E-posta').fill(newcomer.email);
    await page.getByLabel('Şifre', { exact: true }).fill(newcomer.password);
    await page.getByLabel('Cep telefonu').fill(newcomer.phone);
    const birthDate = page.getByLabel('Doğum tarihi');
    await birthDate.fill(`${new Date().getFullYear() - 10}-03-01`);

    await page.getByRole('combobox', { name: 'İlçe' }).fill('karsi');
    await page.getByRole('option', { name: 'Karşıyaka', exact: true }).click();
    expect(await page.getByRole('combobox', { name: 'İlçe' }).inputValue()).toBe('Karşıyaka');
    // Not searchable: a person opens it and picks.
    await page.getByRole('combobox', { name: 'Cinsiyet' }).click();
    await page.getByRole('option', { name: 'Kadın', exact: true }).click();
    expect(await page.getByRole('combobox', { name: 'Cinsiyet' }).inputValue()).toBe('Kadın');

    await page.getByRole('button', { name: 'Aydınlatma metnini oku' }).click();
    const consent = await visible(page.getByRole('dialog', { name: 'KVKK Aydınlatma Metni' }));
    await visible(consent.getByText('6698 sayılı', { exact: false }));
    await screenshot(page, '03-consent-dialog', { fullPage: false });
    await consent.getByRole('button', { name: 'Okudum, kabul ediyorum' }).click();
    await gone(consent);
    expect(await page.getByRole('checkbox', { name: /KVKK aydınlatma metnini okudum/ }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Hesap oluştur' }).click();
    await visible(page.getByText('Kendi hesabını yalnızca 18 yaşını doldurmuş kişiler açabilir', { exact: false }));
    expect(await birthDate.getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the field that needs fixing.
    await expect.poll(() => birthDate.evaluate((input) => input === document.activeElement), { timeout: WAIT }).toBe(true);
    expect(await server.prisma.user.count({ where: { email: newcomer.email } })).toBe(0);
    await screenshot(page, '03-register-error');

    await birthDate.fill(newcomer.birthDate);
    await gone(page.getByText('Kendi hesabını yalnızca 18 yaşını doldurmuş kişiler açabilir', { exact: false }));
    await page.getByRole('button', { name: 'Hesap oluştur' }).click();

    await visible(page.getByRole('heading', { level: 1, name: 'E-postanızı kontrol edin' }));
    await visible(page.getByText(`${newcomer.email} adresine bir doğrulama bağlantısı gönderdik`, { exact: false }));
    expect(new URL(page.url()).pathname).toBe('/register/check-inbox');
    const created = await server.prisma.user.findUniqueOrThrow({ where: { email: newcomer.email } });
    expect(created).toMatchObject({ firstName: 'Şule', lastName: 'Işıklı', emailVerifiedAt: null });
    await screenshot(page, '04-check-inbox');
  });

  it('asks to verify the email address before logging in', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Giriş yap', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
    await logIn(page, newcomer.email, newcomer.password);
    await visible(
      page.getByRole('alert').filter({ hasText: 'Giriş yapmadan önce e-posta adresinizi doğrulayın.' }),
    );
    await visible(page.getByRole('button', { name: 'Doğrulama e-postasını yeniden gönder' }));
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, '04-log-in-unverified');
  });

  let verificationLink = '';

  it('lets an admin read the verification mail in the outbox', async () => {
    await createPerson({ roles: ['ADMIN'], ...admin });
    const adminContext = await newContext('admin');
    const adminPage = await adminContext.newPage();
    await adminPage.goto('/login');
    await logIn(adminPage, admin.email, TEST_PASSWORD);
    await visible(userMenu(adminPage, `${admin.firstName} ${admin.lastName}`));

    const nav = adminPage.getByRole('navigation', { name: 'Ana menü' });
    await visible(nav.getByText('Yönetim', { exact: true }));
    await nav.getByRole('link', { name: 'Giden e-postalar' }).click();
    await visible(adminPage.getByRole('heading', { level: 1, name: 'Giden e-postalar' }));
    expect(new URL(adminPage.url()).pathname).toBe('/admin/outbox');

    const row = adminPage.getByRole('row').filter({ hasText: newcomer.email });
    await row.getByRole('button', { name: VERIFY_SUBJECT }).click();
    const dialog = await visible(adminPage.getByRole('dialog', { name: VERIFY_SUBJECT }));
    const body = await dialog.getByTestId('outbox-body').innerText();
    expect(body).toContain('Merhaba Şule');
    const link = /https?:\/\/\S+\/verify-email\?token=\S+/.exec(body)?.[0];
    expect(link, `no verification link in:\n${body}`).toBeDefined();
    verificationLink = link!;
    expect(new URL(verificationLink).origin).toBe(server.url);
    await screenshot(adminPage, '05-admin-outbox');
    await adminContext.close();
  });

  it('verifies the address from the link, then logs in and sees the profile', async () => {
    await page.goto(verificationLink);
    await visible(page.getByRole('status').filter({ hasText: 'E-posta adresiniz doğrulandı. Artık giriş yapabilirsiniz.' }));
    await screenshot(page, '06-verified');

    await page.getByRole('link', { name: 'Giriş sayfasına git' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
    await logIn(page, newcomer.email, newcomer.password);
    const menu = await visible(userMenu(page, 'Şule Işıklı'));
    expect(await menu.innerText()).toContain('Şule');
    await visible(page.getByRole('link', { name: 'Profilime git' }));
    await screenshot(page, '07-logged-in');

    await menu.click();
    await page.getByRole('menuitem', { name: 'Profilim' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Profilim' }));
    const account = page.getByRole('region', { name: 'Hesap bilgileri' });
    await visible(account.getByText(newcomer.email, { exact: true }));
    await visible(account.getByText('E-posta doğrulandı', { exact: true }));
    await visible(account.getByText('1 Mayıs 1990', { exact: true }));
    await visible(account.getByText('Henüz bir rolünüz yok.', { exact: true }));
    const edit = page.getByRole('region', { name: 'Bilgilerimi düzenle' });
    expect(await edit.getByLabel('Ad', { exact: true }).inputValue()).toBe('Şule');
    expect(await edit.getByLabel('Soyad', { exact: true }).inputValue()).toBe('Işıklı');
    expect((await edit.getByLabel('Cep telefonu').inputValue()).replace(/\D/g, '')).toMatch(/5321234567$/);
    expect(await edit.getByRole('combobox', { name: 'İlçe' }).inputValue()).toBe('Karşıyaka');
    expect(await edit.getByRole('combobox', { name: 'Cinsiyet' }).inputValue()).toBe('Kadın');
    await screenshot(page, '07-profile');
  });

  it('logs out from the user menu', async () => {
    await userMenu(page, 'Şule Işıklı').click();
    await page.getByRole('menuitem', { name: 'Çıkış yap' }).click();
    // Whichever notification comes, it must be the right one: the session did end.
    const notice = await visible(page.getByText(/^(Çıkış yaptınız\.|Sunucuya ulaşılamadı\..*)$/).first());
    expect(await notice.innerText(), 'logging out from the profile page reported a network error').toBe('Çıkış yaptınız.');
    await visible(page.getByRole('banner').getByRole('link', { name: 'Giriş yap', exact: true }));
    await gone(userMenu(page, 'Şule Işıklı'));
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('link', { name: 'Profilim' }).count()).toBe(0);
    const person = await server.prisma.user.findUniqueOrThrow({ where: { email: newcomer.email } });
    expect(await server.prisma.session.count({ where: { userId: person.id } })).toBe(0);
  });
});

describe('on a phone', () => {
  it('shows the landing page and opens the menu with the burger', async () => {
    const phone = await newContext('phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phonePage = await phone.newPage();
    await phonePage.goto('/');
    for (const name of PROGRAMMES_TR) await visible(programmeHeading(phonePage, name));
    await screenshot(phonePage, '08-mobile-landing');

    const burger = phonePage.getByRole('button', { name: 'Menüyü aç veya kapat' });
    const navLink = phonePage.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Forumlar', exact: true });
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    const onScreen = async () => {
      const box = await navLink.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 390;
    };
    expect(await onScreen()).toBe(false);

    await burger.tap();
    await expect.poll(() => burger.getAttribute('aria-expanded'), { timeout: WAIT }).toBe('true');
    await expect.poll(onScreen, { timeout: WAIT }).toBe(true);
    await screenshot(phonePage, '08-mobile-menu', { fullPage: false });

    // Following a link closes the menu.
    await navLink.tap();
    await visible(phonePage.getByRole('heading', { level: 1, name: 'Forumlar ve odak grupları' }));
    await expect.poll(() => burger.getAttribute('aria-expanded'), { timeout: WAIT }).toBe('false');
    await screenshot(phonePage, '08-mobile-forums');
    await phone.close();
  });
});

describe('accessibility', () => {
  // Each screenshot was audited with axe as it was taken; this catches a page nobody shot.
  it('audited every page the journey visited', () => {
    expect(accessibilityAudits().length).toBeGreaterThan(0);
    expect(unauditedPaths()).toEqual([]);
  });
});

describe('the browser console', () => {
  it('reported no errors in any of the contexts', () => {
    expect(contextErrors.flat()).toEqual([]);
  });
});
