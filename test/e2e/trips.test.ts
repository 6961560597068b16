// Issue 9's trips, end to end in Chromium against the built app: Gülşen enters the lottery of a gulf
// tour's departure in the browser; Ayşe, the coordinator, closes the entries, enters a public value and
// draws. The departure's one pick-up point has one seat and Gülşen has already travelled this season
// (tier 2) while Şule has not (tier 0), so Şule is drawn and Gülşen goes to the waitlist whatever the
// seed. Şule cancels (API), the seat is offered to Gülşen, who confirms it and gets her boarding QR
// code; on the day, Ayşe opens the boarding list on a phone whose camera (Chromium's fake camera) shows
// that code, and checks Gülşen in. Every page is shot and audited with axe.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityAudits, trackVisitedPages, unauditedPaths } from '../support/accessibility.ts';
import { collectBrowserErrors, launchBrowser, screenshot } from '../support/browser.ts';
import { browserWithCamera, fullName, logIn, openFromMenu, visible, WAIT } from '../support/e2e-shifts.ts';
import { writeQrVideo } from '../support/fake-camera.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { createDeparture, createRegistration, createTrip } from '../support/trips-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const people = {
  woman: { firstName: 'Gülşen', lastName: 'Işıkçı', email: 'gulsen.isikci@trips.e2e.katilim' },
  drawn: { firstName: 'Şule', lastName: 'Öztürk', email: 'sule.ozturk@trips.e2e.katilim' },
  coordinator: { firstName: 'Ayşe', lastName: 'Koordinatör', email: 'ayse.koordinator@trips.e2e.katilim' },
} as const;

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;
let womanPage: Page;
let coordinatorPage: Page;
let world: Awaited<ReturnType<typeof tripsWorld>>;
let boardingBrowser: Browser | null = null;
const boardingErrors: string[] = [];

/**
 * A gulf tour whose lottery departure (in five days, window open) has one pick-up point with one seat;
 * Şule has entered it already. Gülşen holds a confirmed seat on another trip's departure the same day,
 * so she has travelled this season: a lower tier than Şule's.
 */
async function tripsWorld() {
  const konak = (await server.prisma.district.findUniqueOrThrow({ where: { name: 'Konak' } })).id;
  const woman = await createPerson({ ...people.woman, roles: ['VOLUNTEER'], gender: 'WOMAN', birthDate: '1988-04-23', districtId: konak });
  const drawn = await clientFor(server.graphqlUrl, ['VOLUNTEER'], { ...people.drawn, gender: 'WOMAN', birthDate: '1979-09-09', districtId: konak });
  const coordinator = await createPerson({ ...people.coordinator, roles: ['COORDINATOR'], gender: 'WOMAN' });
  const trip = await createTrip({ titleTr: 'Körfez Turu: Konak’tan Bostanlı’ya', titleEn: 'Gulf Tour: Konak to Bostanlı' });
  const departure = await createDeparture({
    trip,
    allocation: 'LOTTERY',
    startsInHours: 5 * 24,
    closesInHours: 48,
    cutoffHours: 48,
    pickupPoints: [{ name: 'Konak İskelesi', seats: 1, vehicle: 'BOAT' }],
  });
  const earlier = await createDeparture({
    trip: await createTrip({ titleTr: 'Kültür Gezisi: Efes', titleEn: 'Culture Tour: Ephesus' }),
    startsInHours: 5 * 24 + 1,
  });
  await createRegistration(earlier, woman.id);
  const drawnEntry = await createRegistration(departure, drawn.person.id, { status: 'ENTERED' });
  return { woman, drawn, coordinator, trip, departure, drawnEntry };
}

beforeAll(async () => {
  server = await startTestServer({ client: true });
  world = await tripsWorld();
  // This browser's camera is not used; the boarding phone below gets its own.
  chromium = await browserWithCamera(server, 'katilim');
  womanPage = await chromium.newPage('woman');
  coordinatorPage = await chromium.newPage('coordinator');
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`trips-${task.name}`);
});

afterAll(async () => {
  await boardingBrowser?.close();
  await chromium?.close();
  await server?.close();
});

const registrationOf = (userId: string) =>
  server.prisma.tripRegistration.findUniqueOrThrow({ where: { departureId_userId: { departureId: world.departure.id, userId } } });

describe('a woman’s lottery trip, from entering to boarding', () => {
  it('she enters the lottery in the browser', async () => {
    const page = womanPage;
    await logIn(page, people.woman, 'trips-01-woman');
    await openFromMenu(page, 'Geziler');
    const card = page.getByRole('article', { name: world.trip.titleTr, exact: true });
    await visible(card.getByText('Kura ile', { exact: true }));
    await screenshot(page, 'trips-02-list');
    await card.getByRole('link', { name: world.trip.titleTr, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: world.trip.titleTr }));
    await visible(page.getByText('Konak İskelesi', { exact: false }).first());
    await screenshot(page, 'trips-03-trip');
    await page.getByRole('button', { name: 'Kuraya katıl', exact: true }).click();
    const dialog = await visible(page.getByRole('dialog'));
    await visible(dialog.getByRole('radio', { name: /Konak İskelesi/ }));
    await screenshot(page, 'trips-04-register-dialog');
    await dialog.getByRole('button', { name: 'Kuraya katıl', exact: true }).click();
    await visible(page.getByText('Kuraya katıldınız; başvuru numaranız 2.', { exact: true }));
    await visible(page.getByText('Kuraya katıldı', { exact: true }));
    await screenshot(page, 'trips-05-entered');
    expect(await registrationOf(world.woman.id)).toMatchObject({ status: 'ENTERED', entryNumber: 2, seats: 1 });
  });

  it('the coordinator closes the entries, enters a public value and draws; Gülşen is not drawn', async () => {
    const page = coordinatorPage;
    await logIn(page, people.coordinator, 'trips-06-coordinator');
    await openFromMenu(page, 'Gezi planlama');
    await screenshot(page, 'trips-07-planning');
    await page.getByRole('link', { name: world.trip.titleTr, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: world.trip.titleTr }));
    await screenshot(page, 'trips-08-trip-admin');
    await page.getByRole('table').getByRole('link').first().click();
    await visible(page.getByRole('heading', { level: 1, name: `Sefer: ${world.trip.titleTr}` }));
    await visible(page.getByRole('cell', { name: fullName(people.woman) }).or(page.getByRole('rowheader', { name: fullName(people.woman) })));
    await screenshot(page, 'trips-09-departure');

    await page.getByRole('button', { name: 'Başvuruları şimdi kapat', exact: true }).click();
    await visible(page.getByText('Başvurular kapandı.', { exact: true }));
    await page.getByRole('textbox', { name: 'Açık değer', exact: true }).fill('7c1f0e6a2b9d4c3e8f5a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a');
    await page.getByRole('textbox', { name: 'Kaynağı', exact: true }).fill('drand turu 5123456');
    await screenshot(page, 'trips-10-public-value');
    await page.getByRole('button', { name: 'Açık değeri kaydet', exact: true }).click();
    await page.getByRole('button', { name: 'Kurayı çek', exact: true }).click();
    const confirm = await visible(page.getByRole('dialog'));
    await screenshot(page, 'trips-11-draw-confirm');
    await confirm.getByRole('button', { name: 'Kurayı çek', exact: true }).click();
    await visible(page.getByText('Kura çekildi.', { exact: true }));
    await screenshot(page, 'trips-12-drawn');
    expect(await registrationOf(world.drawn.person.id)).toMatchObject({ status: 'CONFIRMED', tier: 0 });
    expect(await registrationOf(world.woman.id)).toMatchObject({ status: 'WAITLISTED', tier: 2 });
    expect((await registrationOf(world.woman.id)).drawPosition).not.toBeNull();

    // The public page shows the result by entry numbers, with the secret revealed.
    await page.getByRole('link', { name: 'Kuranın herkese açık sayfası', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Kura: ${world.trip.titleTr}` }));
    await expect.poll(() => page.getByTestId('drawn-0').textContent()).toBe('1');
    expect(await page.getByTestId('waitlist-0').textContent()).toBe('2');
    const departure = await server.prisma.tripDeparture.findUniqueOrThrow({ where: { id: world.departure.id } });
    await visible(page.getByText(departure.drawSecret!, { exact: true }));
    await screenshot(page, 'trips-13-public-draw');
    const file = await page.request.get(`/trips/draws/${world.departure.id}.json`);
    expect(file.status()).toBe(200);
    expect(await file.json()).toMatchObject({ secret: departure.drawSecret });
  });

  it('Şule cancels; the seat is offered to Gülşen, who confirms it and sees her QR code', async () => {
    const answer = await world.drawn.client.ok(
      `mutation($input: TripRegistrationRefInput!) { cancelTripRegistration(input: $input) { __typename ... on Error { message } } }`,
      { input: { id: world.drawnEntry.globalId } },
    );
    expect(answer.cancelTripRegistration.__typename).toBe('MutationCancelTripRegistrationSuccess');
    expect(await registrationOf(world.woman.id)).toMatchObject({ status: 'OFFERED' });

    const page = womanPage;
    await openFromMenu(page, 'Gezilerim');
    const card = page.getByRole('article', { name: world.trip.titleTr, exact: true });
    await visible(card.getByText('Yer teklif edildi', { exact: true }));
    await visible(card.getByText('Başvuru numaranız: 2.', { exact: false }));
    await screenshot(page, 'trips-14-offer');
    await card.getByRole('button', { name: 'Yeri onayla', exact: true }).click();
    await visible(card.getByText('Yeriniz kesin', { exact: true }));
    await visible(card.getByRole('img', { name: `${world.trip.titleTr} biniş karekodu` }));
    await screenshot(page, 'trips-15-confirmed');
    expect(await registrationOf(world.woman.id)).toMatchObject({ status: 'CONFIRMED' });
  });

  it('on the day the coordinator scans her QR code on the boarding list and checks her in', async () => {
    const registration = await registrationOf(world.woman.id);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katilim-trips-camera-'));
    const video = writeQrVideo(`${server.url}/trips/check-in/${registration.checkInCode}`, path.join(dir, 'trip-qr.y4m'));
    boardingBrowser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    const context = await boardingBrowser.newContext({ baseURL: server.url, locale: 'tr-TR', timezoneId: 'Europe/Istanbul', reducedMotion: 'reduce', viewport: { width: 412, height: 915 } });
    await context.grantPermissions(['camera'], { origin: server.url });
    context.setDefaultTimeout(WAIT);
    const errors = collectBrowserErrors(context, 'boarding');
    trackVisitedPages(context);
    const page = await context.newPage();
    await logIn(page, people.coordinator, 'trips-16-guide');
    await page.goto(`/coordination/trips/departures/${encodeURIComponent(world.departure.globalId)}`);
    await visible(page.getByRole('heading', { level: 1, name: `Sefer: ${world.trip.titleTr}` }));
    await screenshot(page, 'trips-17-departure-phone');
    await page.getByRole('link', { name: 'Biniş listesi', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Biniş: ${world.trip.titleTr}` }));
    await visible(page.getByTestId('boarding-count'));
    await screenshot(page, 'trips-18-boarding');
    await page.getByRole('button', { name: 'Karekod okut', exact: true }).click();
    await visible(page.getByText('Okutulan karekodun kaydı gösteriliyor.', { exact: true }));
    await screenshot(page, 'trips-19-scanned');
    await page.getByRole('button', { name: `${fullName(people.woman)} (binmedi)`, exact: true, pressed: false }).click();
    await visible(page.getByRole('button', { name: `${fullName(people.woman)} (bindi)`, exact: true, pressed: true }));
    await expect
      .poll(async () => (await server.prisma.tripParticipant.findFirstOrThrow({ where: { registrationId: registration.id, isRegistrant: true } })).boardedAt, { timeout: WAIT })
      .not.toBeNull();
    await visible(page.getByText('Tümü eşitlendi', { exact: true }));
    await screenshot(page, 'trips-20-boarded');
    boardingErrors.push(...errors);
    fs.rmSync(dir, { recursive: true, force: true });
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
    expect([...chromium.errors(), ...boardingErrors]).toEqual([]);
  });
});
