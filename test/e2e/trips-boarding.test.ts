// Boarding at the pier, end to end in Chromium against the built app: Ayşe, the guide, opens the
// boarding list of a departure on her phone, finds a unit by its QR code (Chromium's fake camera
// plays it) and by a name typed without Turkish letters. The network drops: she checks in five people,
// the list shows them at once and the banner counts five waiting; the network returns and the server
// holds exactly those five check-ins, once each. Then the answer to a sync is lost after the server
// processed it: the phone sends the same taps again and the server still holds each once. A reload
// shows the list as synced. Every state is shot and audited with axe.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { browserWithCamera, logIn, visible } from '../support/e2e-shifts.ts';
import { createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { boardingDeparture, confirmedUnit } from '../support/trips-board-scenarios.ts';
import { createTrip } from '../support/trips-scenarios.ts';

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;
let page: Page;
let world: Awaited<ReturnType<typeof boardingWorld>>;

async function boardingWorld() {
  const guide = await createPerson({ firstName: 'Ayşe', lastName: 'Rehber', roles: ['COORDINATOR'] });
  const trip = await createTrip({ titleTr: 'Körfez Turu', titleEn: 'Gulf Tour' });
  const departure = await boardingDeparture({ trip, startsInHours: 0.5 });
  const gulsen = await confirmedUnit(departure, { person: { firstName: 'Gülşen', lastName: 'Işık' }, companions: ['2017-04-04', '2019-09-09'] });
  const sule = await confirmedUnit(departure, { person: { firstName: 'Şule', lastName: 'Çınar' }, companions: ['2018-01-01'] });
  const derya = await confirmedUnit(departure, { person: { firstName: 'Derya', lastName: 'Öztürk' }, companions: [] });
  const ipek = await confirmedUnit(departure, { person: { firstName: 'İpek', lastName: 'Ünal' }, companions: ['2020-02-02'], pickup: 1 });
  return { guide, departure, gulsen, sule, derya, ipek };
}

beforeAll(async () => {
  server = await startTestServer({ client: true });
  world = await boardingWorld();
  // The camera shows Şule's QR code: the link to her unit's check-in.
  chromium = await browserWithCamera(server, `${server.url}/trips/check-in/${world.sule.unit.checkInCode}`);
  page = await chromium.newPage('guide');
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(task.name);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const events = () =>
  server.prisma.tripBoardingEvent.findMany({
    where: { participant: { registration: { departureId: world.departure.id } } },
    select: { participantId: true, action: true, clientEventId: true },
    orderBy: { at: 'asc' },
  });
// A person's big button says who and, to a screen reader, whether they are on board (aria-pressed too).
const person = (name: string, child = false) => page.getByRole('button', { name: `${name}${child ? ' Çocuk' : ''} (binmedi)`, exact: true, pressed: false });
const boarded = (name: string, child = false) => page.getByRole('button', { name: `${name}${child ? ' Çocuk' : ''} (bindi)`, exact: true, pressed: true });
const banner = () => page.getByTestId('boarding-sync');

describe('the guide’s boarding list at the pier', () => {
  it('opens the list, finds a unit by its QR code and by a name typed without Turkish letters', async () => {
    await logIn(page, world.guide, 'trips-boarding-01');
    await page.goto(`/coordination/trips/departures/${encodeURIComponent(world.departure.globalId)}/boarding`);
    await visible(page.getByRole('heading', { level: 1, name: 'Biniş: Körfez Turu' }));
    await visible(page.getByText('Binen: 0 / 8', { exact: true }));
    await visible(banner().getByText('Tümü eşitlendi'));
    await screenshot(page, 'trips-boarding-02-list');

    await page.getByRole('button', { name: 'Karekod okut', exact: true }).click();
    await visible(page.getByText('Okutulan karekodun kaydı gösteriliyor.'));
    await visible(page.getByRole('heading', { level: 2, name: `No. ${world.sule.unit.entryNumber} · Şule Çınar` }));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(1);
    await page.getByRole('button', { name: 'Kamerayı kapat', exact: true }).click();
    await screenshot(page, 'trips-boarding-03-scanned');
    await page.getByRole('button', { name: 'Tüm listeyi göster' }).click();

    await page.getByRole('combobox', { name: 'Biniş noktası' }).click();
    await page.getByRole('option', { name: 'Konak İskelesi', exact: true }).click();
    await visible(page.getByText('Binen: 0 / 6', { exact: true }));
    await page.getByRole('searchbox', { name: 'Ada göre ara' }).fill('isik');
    await visible(page.getByRole('heading', { level: 2, name: `No. ${world.gulsen.unit.entryNumber} · Gülşen Işık` }));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(1);
    await screenshot(page, 'trips-boarding-04-search');
    await page.getByRole('searchbox', { name: 'Ada göre ara' }).fill('');
  });

  it('checks in five people offline; when the network returns the server holds exactly those five, once each', async () => {
    await page.context().setOffline(true);
    await visible(banner().getByText('Çevrim dışı'));
    // Gülşen's unit of three, all at once; Şule and her child one by one.
    await page.getByRole('button', { name: 'Hepsini bindir (Gülşen Işık)', exact: true }).click();
    await person('Şule Çınar').click();
    await person('Çocuk 1 Çınar', true).click();
    await visible(boarded('Çocuk 1 Çınar', true));
    await visible(boarded('Şule Çınar'));
    await visible(page.getByText('Binen: 5 / 6', { exact: true }));
    await visible(banner().getByText('Binişler telefonda kaydediliyor; 5 kayıt bağlantı gelince eşitlenecek.'));
    await screenshot(page, 'trips-boarding-05-offline');
    expect(await events()).toEqual([]);

    await page.context().setOffline(false);
    await visible(banner().getByText('Tümü eşitlendi'));
    await screenshot(page, 'trips-boarding-06-synced');
    const stored = await events();
    const expected = [...world.gulsen.unit.participants, ...world.sule.unit.participants].map((p) => p.id).sort();
    expect(stored.map((e) => e.participantId).sort()).toEqual(expected);
    expect(stored.every((e) => e.action === 'BOARD')).toBe(true);
    expect(new Set(stored.map((e) => e.clientEventId)).size).toBe(5);
    const participants = await server.prisma.tripParticipant.findMany({ where: { id: { in: expected } }, select: { boardedAt: true } });
    expect(participants.every((p) => p.boardedAt !== null)).toBe(true);
  });

  it('records a sync whose answer was lost once, when the phone sends it again', async () => {
    // The first sync reaches the server, which records it; its answer never reaches the phone.
    let lost = 0;
    await page.route('**/graphql', async (route) => {
      if (lost === 0 && route.request().postData()?.includes('SyncTripBoarding')) {
        lost += 1;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await person('Derya Öztürk').click();
    await visible(banner().getByText('1 kayıt eşitlenmeyi bekliyor'));
    await expect.poll(async () => (await events()).length).toBe(6);
    expect(lost).toBe(1);
    await screenshot(page, 'trips-boarding-07-answer-lost');
    // The phone tries again: the guide taps "sync now", unless the retry timer was quicker.
    const syncNow = page.getByRole('button', { name: 'Şimdi eşitle', exact: true });
    if (await syncNow.isVisible()) await syncNow.click().catch(() => undefined);
    await visible(banner().getByText('Tümü eşitlendi'));
    await page.unrouteAll();

    const stored = await events();
    expect(stored).toHaveLength(6);
    expect(stored.filter((e) => e.participantId === world.derya.unit.participants[0]!.id)).toHaveLength(1);
    const audit = await server.prisma.auditEntry.findMany({ where: { action: 'trip.syncBoarding', entityId: world.departure.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.data)).toEqual([
      { recorded: 5, duplicates: 0, participants: 5 },
      { recorded: 1, duplicates: 0, participants: 1 },
      { recorded: 0, duplicates: 1, participants: 1 },
    ]);

    // A reload shows the server's state: six on board, nothing waiting.
    await page.reload();
    await visible(page.getByText('Binen: 6 / 8', { exact: true }));
    await visible(boarded('Derya Öztürk'));
    await visible(banner().getByText('Tümü eşitlendi'));
    await screenshot(page, 'trips-boarding-08-reloaded');
  });

  it('audited every page it visited', () => {
    expect(accessibilityAudits().length).toBeGreaterThan(0);
    expect(unauditedPaths()).toEqual([]);
  });
});

describe('the browser console', () => {
  it('reported no errors but the answer the test cut off', () => {
    expect(chromium.errors().filter((line) => !/ERR_CONNECTION_RESET|Failed to load resource/.test(line))).toEqual([]);
  });
});
