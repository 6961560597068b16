// The shifts journey's world and browser, end to end: the people and shifts made straight in the
// database, Chromium with a fake camera that shows a shift's check-in QR code, one context per person
// (console errors collected, pages tracked for the axe audit), logging in as a person does, the
// clock moved on for a shift under way, and the text of a certificate PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { addDays, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { checkInUrl } from '@katilim/server/modules/shifts/attendance';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { trackVisitedPages } from './accessibility.ts';
import { collectBrowserErrors, launchBrowser, screenshot } from './browser.ts';
import { writeQrVideo } from './fake-camera.ts';
import { createPerson, TEST_PASSWORD } from './scenarios.ts';
import { createOpportunity, createQualification, createShift, createVolunteer, signUp, type Shift } from './shifts-scenarios.ts';
import type { TestServer } from './test-server.ts';

export const WAIT = 20_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export const people = {
  volunteer: { firstName: 'Gülşen', lastName: 'Işıkçı', email: 'gulsen.isikci@e2e.katilim' },
  leaving: { firstName: 'Şule', lastName: 'Öztürk', email: 'sule.ozturk@e2e.katilim' },
  colleague: { firstName: 'Derya', lastName: 'Çağlayan', email: 'derya.caglayan@e2e.katilim' },
  coordinator: { firstName: 'Ayşe', lastName: 'Koordinatör', email: 'ayse.koordinator@e2e.katilim' },
} as const;

export const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/** Hours from now to `time` İzmir time, `days` İzmir days from today. */
function hoursUntil(days: number, time: string): number {
  return (istanbulInstant(addDays(todayInIstanbul(), days), time).getTime() - Date.now()) / HOUR;
}

/**
 * The volunteer (active, holding the qualification the opportunities ask for) and the shifts she
 * browses: a workshop in Karşıyaka with free places (afternoon, in three days), a field survey in Konak
 * that is FULL (morning, in two days: Şule and Derya hold its two places), a field survey in the
 * afternoon with free places (the time-of-day filter hides it), and a shift whose qualification she
 * lacks (never offered to her). And the coordinator.
 */
export async function shiftsWorld() {
  const qualification = await createQualification({ nameTr: 'Saha çalışması temel eğitimi', nameEn: 'Field work basics' });
  const volunteer = await createVolunteer({ ...people.volunteer, qualifications: [qualification], areaSlugs: ['field-work', 'workshops'] });
  const leaving = await createVolunteer({ ...people.leaving, qualifications: [qualification] });
  const colleague = await createVolunteer({ ...people.colleague, qualifications: [qualification] });
  const coordinator = await createPerson({ ...people.coordinator, roles: ['COORDINATOR'] });
  const district = async (name: string) => (await prisma.district.findUniqueOrThrow({ where: { name } })).id;

  const workshop = await createOpportunity({
    areaSlug: 'workshops',
    districtId: await district('Karşıyaka'),
    qualifications: [qualification],
    titleTr: 'Karşıyaka’da çocuklarla eşitlik atölyesi',
    titleEn: 'Equality workshop with children in Karşıyaka',
  });
  const survey = await createOpportunity({
    areaSlug: 'field-work',
    districtId: await district('Konak'),
    qualifications: [qualification],
    titleTr: 'Konak’ta kadın danışma günü',
    titleEn: 'Women’s advice day in Konak',
  });
  // The scenario's opportunities stand in Karabağlar by default: give these their own addresses.
  await prisma.shiftOpportunity.update({ where: { id: workshop.id }, data: { address: 'Bostanlı Kültür Merkezi' } });
  await prisma.shiftOpportunity.update({ where: { id: survey.id }, data: { address: 'Kemeraltı Kadın Danışma Merkezi' } });
  const free = await createShift({ opportunity: workshop, startsInHours: hoursUntil(3, '14:00'), hours: 3, capacity: 5 });
  const full = await createShift({ opportunity: survey, startsInHours: hoursUntil(2, '10:00'), hours: 3, capacity: 2 });
  await signUp(full, leaving.id);
  await signUp(full, colleague.id);
  const afternoon = await createShift({
    opportunity: await createOpportunity({ areaSlug: 'field-work', titleTr: 'Buca’da öğleden sonra saha araştırması', titleEn: 'Afternoon survey in Buca' }),
    startsInHours: hoursUntil(2, '15:00'),
  });
  const unqualified = await createShift({
    opportunity: await createOpportunity({ qualifications: [await createQualification()], titleTr: 'Eğitim isteyen saha araştırması', titleEn: 'Survey needing training' }),
    startsInHours: hoursUntil(2, '09:00'),
  });
  return { qualification, volunteer, leaving, colleague, coordinator, free, full, afternoon, unqualified };
}

/** The path a shift's QR code leads to. */
export const checkInPath = (shift: Shift) => new URL(checkInUrl(shift)).pathname;

/**
 * The shift under way since `minutesAgo` minutes (three hours long, sign-up closed an hour before),
 * as if its day had come.
 */
export async function startShift(shift: Shift, minutesAgo: number) {
  const startsAt = new Date(Date.now() - minutesAgo * MINUTE);
  await prisma.shift.update({
    where: { id: shift.id },
    data: { startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), signupClosesAt: new Date(startsAt.getTime() - HOUR) },
  });
}

/**
 * The clock moved on by `minutes` for one shift: its times and its people's check-ins and
 * check-outs are that much earlier, so what happens next happens that much later in the shift.
 */
export async function timePasses(shift: Shift, minutes: number) {
  const by = minutes * MINUTE;
  const now = await prisma.shift.findUniqueOrThrow({ where: { id: shift.id } });
  await prisma.shift.update({
    where: { id: shift.id },
    data: { startsAt: new Date(now.startsAt.getTime() - by), endsAt: new Date(now.endsAt.getTime() - by), signupClosesAt: new Date(now.signupClosesAt.getTime() - by) },
  });
  for (const signup of await prisma.shiftSignup.findMany({ where: { shiftId: shift.id, checkedInAt: { not: null } } })) {
    await prisma.shiftSignup.update({
      where: { id: signup.id },
      data: {
        checkedInAt: new Date(signup.checkedInAt!.getTime() - by),
        checkedOutAt: signup.checkedOutAt ? new Date(signup.checkedOutAt.getTime() - by) : null,
      },
    });
  }
}

export async function visible(locator: Locator, timeout = WAIT): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/**
 * Chromium whose camera shows `qrText` as a QR code, and a context per person in it (Turkish,
 * İzmir's time zone, camera allowed, downloads kept), each collecting its console errors.
 */
export async function browserWithCamera(server: TestServer, qrText: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katilim-camera-'));
  const video = writeQrVideo(qrText, path.join(dir, 'check-in-qr.y4m'));
  const browser: Browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  const errors: string[][] = [];

  async function newPage(label: string): Promise<Page> {
    const context: BrowserContext = await browser.newContext({ baseURL: server.url, locale: 'tr-TR', timezoneId: 'Europe/Istanbul', reducedMotion: 'reduce', acceptDownloads: true });
    await context.grantPermissions(['camera'], { origin: server.url });
    context.setDefaultTimeout(WAIT);
    errors.push(collectBrowserErrors(context, label));
    trackVisitedPages(context);
    return context.newPage();
  }

  /** After a failed test: a shot of every open page (not audited), named by test and context. */
  async function shootFailure(testName: string) {
    const slug = testName.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    for (const [c, context] of browser.contexts().entries()) {
      for (const [p, page] of context.pages().entries()) await screenshot(page, `failed-shifts-${slug}-${c}-${p}`, { audit: false }).catch(() => undefined);
    }
  }

  async function close() {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  return { browser, newPage, shootFailure, close, errors: () => errors.flat() };
}

/** Logs in from the log-in page; `shot` names the screenshots of the filled form and of home. */
export async function logIn(page: Page, person: { email: string; firstName: string; lastName: string }, shot: string) {
  await page.goto('/login');
  await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
  await page.getByLabel('E-posta').fill(person.email);
  await page.getByLabel('Şifre', { exact: true }).fill(TEST_PASSWORD);
  await screenshot(page, `${shot}-log-in`);
  await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
  await visible(page.getByRole('button', { name: `Kullanıcı menüsü: ${fullName(person)}`, exact: true }));
  await visible(page.getByRole('heading', { level: 1 }));
  await screenshot(page, `${shot}-home`);
}

/** A link of the main menu. */
export async function openFromMenu(page: Page, link: string, heading = link) {
  await page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: link, exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: heading, exact: true }));
}

/**
 * The text a PDF shows, a line per text object: pdfkit writes glyph ids of a subset font
 * (Identity-H), which each font's ToUnicode map turns back into characters.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = match[2]!;
    const start = match.index! + match[0].indexOf(body);
    const marker = /stream\r?\n/.exec(body);
    if (!marker) {
      objects.set(match[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, marker.index);
    const bytes = pdf.subarray(start + marker.index + marker[0].length, start + body.lastIndexOf('endstream'));
    let stream: string | null = null;
    try {
      stream = (/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes).toString('latin1');
    } catch {
      stream = null;
    }
    objects.set(match[1]!, { dict, stream });
  }
  const cmaps = new Map<string, Map<number, string>>();
  const cmapOf = (fontObject: string) => {
    const ref = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(fontObject)?.dict ?? '')?.[1];
    const text = ref ? (objects.get(ref)?.stream ?? '') : '';
    const map = new Map<number, string>();
    const chars = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
    for (const range of text.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[((?:\s*<[0-9a-f]+>)+)\s*\]/gi)) {
      [...range[3]!.matchAll(/<([0-9a-f]+)>/gi)].forEach((dst, index) => map.set(parseInt(range[1]!, 16) + index, chars(dst[1]!)));
    }
    for (const range of text.matchAll(/^<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*$/gim)) {
      for (let code = parseInt(range[1]!, 16); code <= parseInt(range[2]!, 16); code += 1) map.set(code, String.fromCodePoint(parseInt(range[3]!, 16) + code - parseInt(range[1]!, 16)));
    }
    for (const single of text.matchAll(/^<([0-9a-f]{4})>\s*<([0-9a-f]+)>\s*$/gim)) map.set(parseInt(single[1]!, 16), chars(single[2]!));
    return map;
  };
  for (const fonts of raw.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
    for (const font of fonts[1]!.matchAll(/\/([\w.-]+)\s+(\d+) 0 R/g)) cmaps.set(font[1]!, cmapOf(font[2]!));
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bTf\b/.test(stream)) continue;
    let cmap = new Map<number, string>();
    for (const block of stream.matchAll(/BT\b([\s\S]*?)\bET/g)) {
      let line = '';
      for (const op of block[1]!.matchAll(/\/([\w.-]+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-f]*)>\s*Tj/gi)) {
        if (op[1]) cmap = cmaps.get(op[1]) ?? new Map();
        const hex = op[2] ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((part) => part[1]).join('') : (op[3] ?? '');
        for (const unit of hex.match(/.{4}/g) ?? []) line += cmap.get(parseInt(unit, 16)) ?? '';
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}
