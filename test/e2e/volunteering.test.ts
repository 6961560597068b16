// Issue 3's whole pipeline, end to end in Chromium against the built app, as two people use it: an
// applicant applies to an open round of Eşit İzmir and books an interview; a coordinator moves the
// application through the board, records the interview, enrols her in the training, takes the
// attendance and activates her; the applicant sees herself an active volunteer.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, trackVisitedPages, unauditedPaths } from '../support/accessibility.ts';
import { collectBrowserErrors, launchBrowser, screenshot } from '../support/browser.ts';
import { applicantSpec, coordinatorSpec, izmirDay, izmirTimeRange, volunteeringWorld } from '../support/e2e-volunteering.ts';
import { TEST_PASSWORD } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const WAIT = 15_000;
const APPLICANT_NAME = `${applicantSpec.firstName} ${applicantSpec.lastName}`;
const COORDINATOR_NAME = `${coordinatorSpec.firstName} ${coordinatorSpec.lastName}`;
const MOTIVATION = 'Mahallemdeki kadınlarla dayanışmayı büyütmek, atölyelerde çocuklarla eşitlik üzerine çalışmak istiyorum.';

let server: TestServer;
let browser: Browser;
let applicantPage: Page;
let coordinatorPage: Page;
let world: Awaited<ReturnType<typeof volunteeringWorld>>;
const contextErrors: string[][] = [];

async function visible(locator: Locator, timeout = WAIT): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

async function newContext(label: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'tr-TR', timezoneId: 'Europe/Istanbul', reducedMotion: 'reduce' });
  context.setDefaultTimeout(WAIT);
  contextErrors.push(collectBrowserErrors(context, label));
  trackVisitedPages(context);
  return context;
}

/** Logs in from the log-in page; `shot` names the screenshots of the filled form and of home. */
async function logIn(target: Page, email: string, fullName: string, shot: string) {
  await target.goto('/login');
  await visible(target.getByRole('heading', { level: 1, name: 'Giriş yap' }));
  await target.getByLabel('E-posta').fill(email);
  await target.getByLabel('Şifre', { exact: true }).fill(TEST_PASSWORD);
  await screenshot(target, `${shot}-log-in`);
  await target.getByRole('button', { name: 'Giriş yap', exact: true }).click();
  await visible(target.getByRole('button', { name: `Kullanıcı menüsü: ${fullName}`, exact: true }));
  await visible(target.getByRole('heading', { level: 1 }));
  await screenshot(target, `${shot}-home`);
}

/** A green Mantine notification with this text. */
async function notified(target: Page, text: string) {
  await visible(target.getByText(text, { exact: true }).first());
}

/** The applicant's card for the round on "Başvurularım". */
function applicationCard(target: Page): Locator {
  return target.getByRole('article', { name: world.round.titleTr, exact: true });
}

function timelineTitles(card: Locator): Promise<string[]> {
  return card
    .getByRole('region', { name: 'Başvuru geçmişi', exact: true })
    .locator('.mantine-Timeline-itemTitle')
    .allInnerTexts();
}

/** The status badge in the card's header (the timeline repeats the name further down). */
function statusBadge(card: Locator, status: string): Locator {
  return card.locator('.mantine-Badge-root').filter({ hasText: new RegExp(`^${status}$`) }).first();
}

/** The coordinator's row of the round on "Başvuru dönemleri"; `shot` names a screenshot of that list. */
async function openFromRounds(target: Page, link: 'Pano' | 'Görüşmeler' | 'Eğitimler', shot?: string) {
  await target.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Başvuru dönemleri', exact: true }).click();
  await visible(target.getByRole('heading', { level: 1, name: 'Başvuru dönemleri' }));
  const row = target.getByRole('row').filter({ hasText: world.round.titleTr });
  if (shot) {
    await visible(row);
    await screenshot(target, shot);
  }
  await row.getByRole('link', { name: link, exact: true }).click();
}

beforeAll(async () => {
  server = await startTestServer({ client: true });
  world = await volunteeringWorld();
  browser = await launchBrowser();
  applicantPage = await (await newContext('applicant')).newPage();
  coordinatorPage = await (await newContext('coordinator')).newPage();
});

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const pages = browser.contexts().flatMap((context) => context.pages());
  const slug = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await Promise.all(pages.map((open, index) => screenshot(open, `failed-v-${slug}-${index}`, { audit: false })));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('from an application to an active, trained volunteer', () => {
  let applicationId = '';

  it('the applicant reads the call and applies', async () => {
    const page = applicantPage;
    await logIn(page, applicantSpec.email, APPLICANT_NAME, 'v00-applicant');
    await page.goto(`/volunteering/rounds/${world.round.slug}`);
    await visible(page.getByRole('heading', { level: 1, name: world.round.titleTr }));
    await visible(page.getByText('Başvuruya açık', { exact: true }));
    await visible(page.getByText('25 kişi', { exact: true }));
    const areas = page.getByRole('region', { name: 'Gönüllülük alanları' });
    for (const area of ['Çeviri', 'Atölyeler', 'Saha çalışması', 'Sosyal medya', 'Proje yönetimi', 'Kampanya yönetimi']) {
      await visible(areas.getByText(area, { exact: true }));
    }
    await visible(page.getByText('Üç oturumluk temel eğitim.', { exact: true }));
    await screenshot(page, 'v01-call-page');

    await page.getByRole('link', { name: 'Başvur', exact: true }).click();
    const form = await visible(page.getByRole('form', { name: 'Gönüllü başvuru formu' }));
    expect(new URL(page.url()).pathname).toBe(`/volunteering/rounds/${world.round.slug}/apply`);

    await form.getByRole('combobox', { name: '1. tercih' }).click();
    await page.getByRole('option', { name: 'Atölyeler', exact: true }).click();
    await form.getByRole('combobox', { name: '2. tercih' }).click();
    await page.getByRole('option', { name: 'Saha çalışması', exact: true }).click();
    expect(await form.getByRole('combobox', { name: '1. tercih' }).inputValue()).toBe('Atölyeler');
    expect(await form.getByRole('combobox', { name: '2. tercih' }).inputValue()).toBe('Saha çalışması');

    await form.getByRole('checkbox', { name: 'Akşamları', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Hafta sonları', exact: true }).check();

    await form.getByRole('combobox', { name: 'İlçe' }).fill('karsi');
    await page.getByRole('option', { name: 'Karşıyaka', exact: true }).click();
    expect(await form.getByRole('combobox', { name: 'İlçe' }).inputValue()).toBe('Karşıyaka');

    await form.getByLabel('Neden gönüllü olmak istiyorsunuz?').fill(MOTIVATION);
    await form.getByLabel('Önceki deneyimleriniz').fill('Üniversitede iki yıl gönüllü öğretmenlik yaptım.');
    await form.getByRole('checkbox', { name: /Aydınlatma metnini \(sürüm .+\) okudum/ }).check();
    await screenshot(page, 'v01-apply-form');
    await form.getByRole('button', { name: 'Başvuruyu gönder', exact: true }).click();

    await visible(page.getByRole('heading', { level: 1, name: 'Başvurularım' }));
    expect(new URL(page.url()).pathname).toBe('/volunteering/my-applications');
    await notified(page, 'Başvurunuz alındı. Durumunu Başvurularım sayfasından izleyebilirsiniz.');
    const card = await visible(applicationCard(page));
    await visible(statusBadge(card, 'Alındı'));
    await visible(card.getByText('1. Atölyeler · 2. Saha çalışması', { exact: false }));
    await visible(card.getByRole('region', { name: 'Sırada ne var?' }).getByText('Koordinatörlerimiz başvurunuzu inceleyecek.'));
    expect(await timelineTitles(card)).toEqual(['Alındı']);
    await visible(card.getByRole('button', { name: `Başvuruyu geri çek: ${world.round.titleTr}` }));

    const application = await server.prisma.volunteerApplication.findFirstOrThrow({
      where: { roundId: world.round.id, applicantId: world.applicant.id },
      include: { choices: { include: { area: true }, orderBy: { rank: 'asc' } }, district: true },
    });
    expect(application).toMatchObject({ status: 'SUBMITTED', motivation: MOTIVATION, availability: ['EVENINGS', 'WEEKENDS'] });
    expect(application.district?.name).toBe('Karşıyaka');
    expect(application.choices.map((choice) => choice.area.slug)).toEqual(['workshops', 'field-work']);
    applicationId = application.id;
    await screenshot(page, 'v02-submitted');
  });

  it('the coordinator screens the application and invites her to an interview on the board', async () => {
    const page = coordinatorPage;
    await logIn(page, coordinatorSpec.email, COORDINATOR_NAME, 'v00-coordinator');
    await openFromRounds(page, 'Pano', 'v03-rounds');
    await visible(page.getByRole('heading', { level: 1, name: `Başvuru panosu: ${world.round.titleTr}` }));
    expect(new URL(page.url()).pathname).toBe(`/coordination/rounds/${world.round.globalId}/board`);

    const column = (status: string) => page.getByRole('region', { name: status, exact: true });
    const cardIn = (status: string) => column(status).getByRole('button', { name: `${APPLICANT_NAME} başvurusunu aç` });
    const bulk = page.getByRole('region', { name: 'Toplu işlemler' });

    await visible(cardIn('Alındı'));
    await column('Alındı').getByRole('checkbox', { name: `${APPLICANT_NAME} başvurusunu seç` }).check();
    await visible(bulk.getByText('1 başvuru seçildi', { exact: true }));
    await bulk.getByRole('button', { name: 'Ön değerlendirmeye al', exact: true }).click();
    await notified(page, '1 başvuru taşındı');
    await visible(cardIn('İnceleniyor'));
    expect(await cardIn('Alındı').count()).toBe(0);

    await column('İnceleniyor').getByRole('checkbox', { name: `${APPLICANT_NAME} başvurusunu seç` }).check();
    await bulk.getByRole('button', { name: 'Görüşmeye davet et', exact: true }).click();
    await visible(cardIn('Görüşmeye davetli'));
    expect(await cardIn('İnceleniyor').count()).toBe(0);
    await visible(page.getByText('Seçilen tüm başvurular taşındı.', { exact: true }).first());
    expect((await server.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe('INTERVIEW_INVITED');
    await screenshot(page, 'v03-board');
  });

  it('the applicant sees the invitation, books a slot and gets the calendar file', async () => {
    const page = applicantPage;
    const [first, second] = world.slots;
    await page.reload();
    const card = await visible(applicationCard(page));
    await visible(statusBadge(card, 'Görüşmeye davetli'));
    await visible(card.getByRole('heading', { level: 3, name: 'Görüşme saatinizi seçin' }));
    const slots = card.getByRole('radiogroup', { name: 'Uygun görüşme saatleri' });
    await visible(slots.getByRole('radio', { name: izmirTimeRange(first!.startsAt, first!.endsAt), exact: true }));
    await visible(slots.getByRole('radio', { name: izmirTimeRange(second!.startsAt, second!.endsAt), exact: true }));
    expect(await slots.getByRole('radio').count()).toBe(2);

    await slots.getByRole('radio', { name: izmirTimeRange(first!.startsAt, first!.endsAt), exact: true }).check();
    await card.getByRole('button', { name: 'Bu saati ayırt', exact: true }).click();
    await notified(page, 'Görüşme randevunuz alındı.');

    const booked = await visible(card.getByRole('region', { name: 'Görüşme randevunuz' }));
    await visible(booked.getByText(izmirDay(first!.startsAt), { exact: true }));
    await visible(booked.getByText(`${izmirTimeRange(first!.startsAt, first!.endsAt)} (İzmir saati)`, { exact: true }));
    await visible(booked.getByText('Konak Kadın Dayanışma Merkezi, Oda 3', { exact: false }));
    await visible(statusBadge(card, 'Görüşme planlandı'));
    const calendar = await visible(booked.getByRole('link', { name: 'Takvime ekle (.ics)' }));

    const href = await calendar.getAttribute('href');
    expect(href).toBeTruthy();
    const ics = await page.request.get(href!);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    const body = await ics.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('BEGIN:VEVENT');
    const stamp = first!.startsAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(body).toContain(`DTSTART:${stamp}`);
    await screenshot(page, 'v04-booked');

    const booking = await server.prisma.interviewBooking.findFirstOrThrow({ where: { applicationId, cancelledAt: null } });
    expect(booking.slotId).toBe(first!.id);
  });

  it('the coordinator records the interview on the scorecard: attended, scored, accepted', async () => {
    const page = coordinatorPage;
    const [first] = world.slots;
    const time = izmirTimeRange(first!.startsAt, first!.endsAt);
    await openFromRounds(page, 'Görüşmeler');
    await visible(page.getByRole('heading', { level: 1, name: 'Görüşme takvimi' }));
    const slot = await visible(page.getByRole('article', { name: `Görüşme saati ${time}`, exact: true }));
    await visible(slot.getByText('1 / 1 dolu', { exact: true }));
    await visible(slot.getByText(`Görüşmeciler: ${COORDINATOR_NAME}`, { exact: true }));
    await visible(slot.getByRole('list', { name: `${time} randevuları` }).getByText(APPLICANT_NAME, { exact: true }));

    await slot.getByRole('button', { name: `${APPLICANT_NAME} için puan kartı`, exact: true }).click();
    const drawer = await visible(page.getByRole('dialog', { name: `Puan kartı: ${APPLICANT_NAME}` }));
    await drawer.getByRole('radio', { name: 'Görüşmeye katıldı', exact: true }).check();
    const scores = { 'Motivasyon (0–5)': '5', 'İletişim (0–5)': '4', 'Uygunluk (0–3)': '3' };
    for (const [criterion, score] of Object.entries(scores)) {
      await drawer.getByRole('radiogroup', { name: criterion }).getByText(score, { exact: true }).click();
    }
    await drawer.getByRole('radio', { name: 'Kabul', exact: true }).check();
    await drawer.getByLabel('Koordinatör notu').fill('Saha deneyimi güçlü, atölyelere uygun.');
    for (const [criterion, score] of Object.entries(scores)) {
      expect(await drawer.getByRole('radiogroup', { name: criterion }).getByRole('radio', { name: score, exact: true }).isChecked()).toBe(true);
    }
    await screenshot(page, 'v05-scorecard', { fullPage: false });
    await drawer.getByRole('button', { name: 'Kaydet', exact: true }).click();
    await notified(page, `${APPLICANT_NAME} için puan kartı kaydedildi.`);
    await drawer.waitFor({ state: 'hidden', timeout: WAIT });
    await visible(slot.getByText('Kabul', { exact: true }));

    const booking = await server.prisma.interviewBooking.findFirstOrThrow({
      where: { applicationId },
      include: { scores: { include: { criterion: true }, orderBy: { criterion: { position: 'asc' } } } },
    });
    expect(booking).toMatchObject({ attended: true, outcome: 'ACCEPT', outcomeNote: 'Saha deneyimi güçlü, atölyelere uygun.' });
    expect(booking.scores.map((entry) => [entry.criterion.labelTr, entry.score])).toEqual([
      ['Motivasyon', 5],
      ['İletişim', 4],
      ['Uygunluk', 3],
    ]);
    expect((await server.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe('ACCEPTED');
  });

  it('the coordinator enrols her in the training, records attendance and activates her', async () => {
    const page = coordinatorPage;
    const course = world.course;
    const session = course.sessions[0]!;
    await openFromRounds(page, 'Eğitimler');
    await visible(page.getByRole('heading', { level: 1, name: `Eğitimler: ${world.round.titleTr}` }));
    const courseCard = await visible(page.getByRole('region', { name: course.titleTr, exact: true }));
    await visible(courseCard.getByText(`Verilen yeterlilik: ${course.qualification.nameTr}`, { exact: true }));
    await visible(courseCard.getByText('Bu eğitime henüz kimse kayıtlı değil.', { exact: true }));

    await courseCard.getByRole('button', { name: 'Başvuran kaydet', exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: `Eğitime kaydet: ${course.titleTr}` }));
    await dialog.getByLabel('Kaydedilecek başvuranlar').click();
    await page.getByRole('option', { name: `${APPLICANT_NAME} · Kabul edildi`, exact: true }).click();
    await screenshot(page, 'v06-enrol-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Kaydet', exact: true }).click();
    await notified(page, '1 kişi eğitime kaydedildi.');
    await dialog.waitFor({ state: 'hidden', timeout: WAIT });
    await visible(courseCard.getByText('1 kişi kayıtlı', { exact: true }));

    const grid = await visible(courseCard.getByRole('table', { name: `${session.title} yoklaması` }));
    const row = grid.getByRole('row').filter({ hasText: APPLICANT_NAME });
    await visible(row.getByText('Eğitimde', { exact: true }));
    await visible(row.getByText('0 / 1 oturum', { exact: true }));
    await visible(row.getByText(`Eksik: ${course.qualification.nameTr}`, { exact: true }));
    await row.getByRole('radiogroup', { name: `${APPLICANT_NAME}: yoklama` }).getByRole('radio', { name: 'Katıldı', exact: true }).check();
    await visible(courseCard.getByText('Kaydedilmemiş değişiklikler var.', { exact: true }));
    await courseCard.getByRole('button', { name: 'Yoklamayı kaydet', exact: true }).click();
    await notified(page, 'Yoklama kaydedildi.');
    await notified(page, '1 kişi eğitimi tamamladı; yeterlilikleri verildi.');
    await visible(row.getByText('1 / 1 oturum', { exact: true }));
    await visible(row.getByText('Tamamladı', { exact: true }));
    await visible(row.getByText('Etkinleştirilebilir', { exact: true }));

    await row.getByRole('button', { name: `${APPLICANT_NAME} adlı kişiyi gönüllü olarak etkinleştir`, exact: true }).click();
    await notified(page, `${APPLICANT_NAME} artık aktif gönüllü.`);
    await visible(row.getByText('Aktif gönüllü', { exact: true }));
    expect(await row.getByRole('button', { name: /etkinleştir/ }).count()).toBe(0);
    await screenshot(page, 'v06-trainings');
  });

  it('the applicant sees herself active: status, full timeline, training, qualification and areas', async () => {
    const page = applicantPage;
    const course = world.course;
    await page.reload();
    const card = await visible(applicationCard(page));
    await visible(statusBadge(card, 'Aktif gönüllü'));
    await visible(card.getByRole('region', { name: 'Sırada ne var?' }).getByText('Artık gönüllü vardiyalarına katılabilirsiniz.'));
    await expect
      .poll(() => timelineTitles(card), { timeout: WAIT })
      .toEqual(['Alındı', 'İnceleniyor', 'Görüşmeye davetli', 'Görüşme planlandı', 'Kabul edildi', 'Eğitimde', 'Aktif gönüllü']);
    expect(await card.getByRole('region', { name: 'Başvuru geçmişi' }).locator('time').count()).toBe(7);
    const trainings = card.getByRole('region', { name: 'Eğitimlerim' });
    await visible(trainings.getByText(course.titleTr, { exact: true }));
    await visible(trainings.getByText(`1 / 1 oturuma katıldınız · Kazanılan yeterlilik: ${course.qualification.nameTr}`, { exact: true }));
    await visible(trainings.getByText('Katıldı', { exact: true }));
    // Nothing left to book, and an active volunteer has no application to withdraw.
    expect(await card.getByRole('heading', { name: 'Görüşme saatinizi seçin' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: /geri çek/ }).count()).toBe(0);
    await screenshot(page, 'v07-active');

    await page.getByRole('button', { name: `Kullanıcı menüsü: ${APPLICANT_NAME}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Profilim' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Profilim' }));
    const profile = await visible(page.getByRole('region', { name: 'Gönüllü profilim' }));
    await visible(profile.getByText(course.qualification.nameTr, { exact: true }));
    await visible(profile.getByText('Geçerli', { exact: true }));
    await visible(profile.getByText('Atölyeler', { exact: true }));
    await visible(profile.getByText('Saha çalışması', { exact: true }));
    await profile.scrollIntoViewIfNeeded();
    await screenshot(page, 'v07-active-profile');
  });

  it('left the database in the state the pipeline promises', async () => {
    const application = await server.prisma.volunteerApplication.findUniqueOrThrow({
      where: { id: applicationId },
      include: { events: { orderBy: { createdAt: 'asc' } } },
    });
    expect(application.status).toBe('ACTIVE');
    expect(application.events.map((event) => [event.fromStatus, event.toStatus])).toEqual([
      ['DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'SCREENING'],
      ['SCREENING', 'INTERVIEW_INVITED'],
      ['INTERVIEW_INVITED', 'INTERVIEW_SCHEDULED'],
      ['INTERVIEW_SCHEDULED', 'ACCEPTED'],
      ['ACCEPTED', 'IN_TRAINING'],
      ['IN_TRAINING', 'ACTIVE'],
    ]);
    // Who moved it: she submitted and booked, the coordinator did the rest.
    expect(application.events.map((event) => (event.actorId === world.applicant.id ? 'applicant' : event.actorId === world.coordinator.id ? 'coordinator' : event.actorId))).toEqual([
      'applicant',
      'coordinator',
      'coordinator',
      'applicant',
      'coordinator',
      'coordinator',
      'coordinator',
    ]);

    const roles = await server.prisma.roleGrant.findMany({ where: { userId: world.applicant.id } });
    expect(roles.map((grant) => grant.role)).toEqual(['VOLUNTEER']);
    const qualifications = await server.prisma.userQualification.findMany({ where: { userId: world.applicant.id } });
    expect(qualifications).toHaveLength(1);
    expect(qualifications[0]).toMatchObject({ qualificationId: world.course.qualification.id, courseId: world.course.id });
    expect(qualifications[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const areas = await server.prisma.volunteerAreaAssignment.findMany({ where: { userId: world.applicant.id }, include: { area: true } });
    expect(areas.map((assignment) => assignment.area.slug).sort()).toEqual(['field-work', 'workshops']);

    const enrolment = await server.prisma.trainingEnrolment.findFirstOrThrow({ where: { applicationId }, include: { attendance: true } });
    expect(enrolment.completedAt).not.toBeNull();
    expect(enrolment.attendance.map((mark) => [mark.sessionId, mark.status])).toEqual([[world.course.sessions[0]!.id, 'ATTENDED']]);
    const slots = await server.prisma.interviewSlot.findMany({ where: { roundId: world.round.id }, orderBy: { startsAt: 'asc' } });
    expect(slots.map((slot) => slot.bookedCount)).toEqual([1, 0]);

    // Every status change is audited and told to the applicant through the outbox.
    const audited = await server.prisma.auditEntry.count({ where: { entityId: applicationId } });
    expect(audited).toBeGreaterThanOrEqual(7);
    const mails = await server.prisma.outboxMessage.count({ where: { toAddress: applicantSpec.email } });
    expect(mails).toBeGreaterThanOrEqual(6);
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
  it('reported no errors in either context', () => {
    expect(contextErrors.flat()).toEqual([]);
  });
});
