// Monitoring end to end in Chromium against the built app with a few recorded events of the last two
// months (no demo data, so every figure is known): a coordinator opens the dashboard, changes the month and the district,
// downloads the CSV, then opens last month's report and its PDF (Chromium's own PDF viewer does not
// run headless, so the PDF is rendered with PDF.js into a canvas and kept as a screenshot); anyone
// opens the public statistics, where small counts are shown as "<5". Every page is shot and audited with axe.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runMonthlyReport } from '@katilim/server/modules/monitoring/report';
import { istanbulInstant } from '@katilim/schema/istanbul-day';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot, screenshotDir } from '../support/browser.ts';
import { browserWithCamera, logIn, visible } from '../support/e2e-shifts.ts';
import { createPerson } from '../support/scenarios.ts';
import { createShift } from '../support/shifts-scenarios.ts';
import { createDeparture, createRegistration } from '../support/trips-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const SEDA = { firstName: 'Seda', lastName: 'İzleyen', email: 'seda.izleyen@monitoring.e2e.katilim' } as const;
const AYLA = { firstName: 'Ayla', lastName: 'Yönetir', email: 'ayla.yonetir@monitoring.e2e.katilim' } as const;
let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;

const monthOf = (offset: number) => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const LAST = monthOf(-1);
const BEFORE = monthOf(-2);

beforeAll(async () => {
  server = await startTestServer({ client: true });
  await createPerson({ ...SEDA, roles: ['COORDINATOR'], gender: 'WOMAN' });
  await createPerson({ ...AYLA, roles: ['ADMIN'], gender: 'WOMAN' });
  // Last month: a shift served by six volunteers of district 15, and a trip with seven women (six of district 15).
  const shift = await createShift({ capacity: 10 });
  const at = istanbulInstant(`${LAST}-10`, '10:00');
  await server.prisma.shift.update({ where: { id: shift.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 3 * 3_600_000), signupClosesAt: new Date(at.getTime() - 3_600_000) } });
  for (let i = 0; i < 6; i += 1) {
    const volunteer = await createPerson({ districtId: 15, gender: 'WOMAN', birthDate: '1994-05-05' });
    await server.prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: volunteer.id, status: 'CONFIRMED', attendance: i < 5 ? 'PRESENT' : 'NO_SHOW', minutes: i < 5 ? 180 : null, hoursApprovedAt: i < 5 ? at : null } });
  }
  const departure = await createDeparture({ capacity: 20 });
  await server.prisma.tripDeparture.update({ where: { id: departure.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 6 * 3_600_000) } });
  for (let i = 0; i < 7; i += 1) await createRegistration(departure, (await createPerson({ districtId: i < 6 ? 15 : 1, gender: 'WOMAN', birthDate: '1980-01-01' })).id);
  // The month before: one departure with two women.
  const earlier = await createDeparture({ capacity: 20 });
  const then = istanbulInstant(`${BEFORE}-12`, '09:00');
  await server.prisma.tripDeparture.update({ where: { id: earlier.id }, data: { startsAt: then, endsAt: new Date(then.getTime() + 6 * 3_600_000) } });
  for (let i = 0; i < 2; i += 1) await createRegistration(earlier, (await createPerson({ districtId: 15, gender: 'WOMAN' })).id);
  // The monthly job's work for last month, as on the night of the 1st.
  expect((await runMonthlyReport()).month).toBe(LAST);
  chromium = await browserWithCamera(server, 'katilim');
}, 240_000);

const PDFJS = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');

/** Renders a PDF's first page with PDF.js in a page of its own (not the app's) and keeps it as a screenshot. */
async function renderPdf(pdf: Buffer, name: string): Promise<{ pages: number; inked: number }> {
  const context = await chromium.browser.newContext({ viewport: { width: 1000, height: 1400 } });
  await context.route('http://pdf.render/**', (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="tr"><title>PDF</title><canvas id="page"></canvas></html>' });
    if (file === '/report.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
    return route.fulfill({ contentType: 'text/javascript', path: path.join(PDFJS, path.basename(file)) });
  });
  const page = await context.newPage();
  await page.goto('http://pdf.render/');
  // A string, so that the browser's module import is not type-checked against Node's.
  const rendered = await page.evaluate<{ pages: number; inked: number }>(`(async () => {
    const pdfjs = await import('/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
    const doc = await pdfjs.getDocument('/report.pdf').promise;
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: 1.5 });
    const canvas = document.getElementById('page');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvas, viewport }).promise;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) inked += 1;
    return { pages: doc.numPages, inked };
  })()`);
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.locator('#page').screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  await context.close();
  return rendered;
}

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`monitoring-${task.name}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the monthly picture', () => {
  it('a coordinator opens the dashboard, changes the month and the district, and downloads the CSV', async () => {
    const page = await chromium.newPage('coordinator');
    await logIn(page, SEDA, 'monitoring-00');
    await page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'İzleme panosu', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'İzleme panosu' }));

    // The last whole month by default: the trip's seven and the shift's five hours each.
    const trips = page.getByRole('region', { name: 'Geziler' });
    await visible(trips.getByTestId('metric-tripParticipants').getByText('7', { exact: true }));
    await visible(page.getByRole('region', { name: 'Eşit İzmir gönüllüleri' }).getByTestId('metric-hoursServed').getByText('15', { exact: true }));
    await visible(trips.locator('.recharts-bar-rectangle path').first());
    await screenshot(page, 'monitoring-01-dashboard');

    // The month before: two travellers, and last month's seven no longer shown.
    await page.getByLabel('İlk ay').fill(BEFORE);
    await page.getByLabel('Son ay').fill(BEFORE);
    await page.getByRole('button', { name: 'Göster' }).click();
    await visible(trips.getByTestId('metric-tripParticipants').getByText('2', { exact: true }));
    await screenshot(page, 'monitoring-02-month-before');

    // Both months, then one district (15): it keeps the six of it last month and the two of the month before.
    await page.getByLabel('Son ay').fill(LAST);
    await page.getByRole('button', { name: 'Göster' }).click();
    await visible(trips.getByTestId('metric-tripParticipants').getByText('9', { exact: true }));
    await page.getByRole('combobox', { name: 'İlçe' }).click();
    const district = await server.prisma.district.findUniqueOrThrow({ where: { id: 15 } });
    await page.getByRole('option', { name: district.name, exact: true }).click();
    await visible(trips.getByTestId('metric-tripParticipants').getByText('8', { exact: true }));
    await screenshot(page, 'monitoring-03-district');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV indir' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Geziler,Katılımcı,count,Toplam,,8');
    expect(download.suggestedFilename()).toBe(`katilim-monitoring-${BEFORE}-${LAST}.csv`);

    // The monthly reports, from the dashboard's header: last month's, made by the job.
    await page.getByRole('link', { name: 'Aylık raporlar' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Aylık raporlar' }));
    const month = new Intl.DateTimeFormat('tr-TR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${LAST}-15T00:00:00Z`));
    await visible(page.getByRole('table', { name: 'Aylık raporlar, en yenisi önce' }).getByRole('rowheader', { name: month }));
    await page.getByRole('switch', { name: 'Her ayın raporunu e-postayla gönder' }).check();
    await visible(page.getByText('Aylık raporlar artık size e-postayla gelecek.'));
    await screenshot(page, 'monitoring-05-reports');

    const href = await page.getByRole('link', { name: `${month} raporu, PDF` }).getAttribute('href');
    expect(href).toBe(`/monitoring/reports/${LAST}.pdf`);
    const response = await page.request.get(href!);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = Buffer.from(await response.body());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const rendered = await renderPdf(pdf, 'monitoring-06-report-pdf');
    expect(rendered.pages).toBeGreaterThan(1);
    // Title, charts and tables leave ink; a blank or failed render would not.
    expect(rendered.inked).toBeGreaterThan(20_000);
  });

  it('an admin enters a district population; the dashboard then shows participation per 10,000 residents', async () => {
    const page = await chromium.newPage('admin');
    await logIn(page, AYLA, 'monitoring-05');
    await page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'İzleme ayarları', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'İzleme ayarları' }));
    await page.getByRole('combobox', { name: 'Yıl' }).click();
    await page.getByRole('option', { name: LAST.slice(0, 4), exact: true }).click();
    const district = await server.prisma.district.findUniqueOrThrow({ where: { id: 15 } });
    await page.getByRole('textbox', { name: `${district.name} nüfusu` }).fill('60000');
    await page.getByRole('textbox', { name: /^Kaynak/ }).fill('TÜİK ADNKS (e2e)');
    await page.getByRole('button', { name: 'Nüfusları kaydet' }).click();
    await visible(page.getByText('Kaydedildi.'));
    await expect.poll(() => server.prisma.districtPopulation.count({ where: { districtId: 15 } })).toBe(1);
    await screenshot(page, 'monitoring-06-reference');

    await page.goto(`/monitoring?from=${LAST}&to=${LAST}`);
    const thin = page.getByRole('region', { name: 'Katılımın zayıf olduğu yerler' });
    await visible(thin.getByRole('row', { name: new RegExp(`^${district.name} `) }));
    await screenshot(page, 'monitoring-07-thin');
  });

  it('anyone reads the public statistics, small counts suppressed', async () => {
    const page = await chromium.newPage('public');
    await page.goto(`/statistics?year=${LAST.slice(0, 4)}`);
    await visible(page.getByRole('heading', { level: 1, name: 'İstatistikler' }));
    const trips = page.getByRole('region', { name: new RegExp(`^Geziler: Katılımcı`) });
    const table = trips.getByRole('table');
    const district = await server.prisma.district.findUniqueOrThrow({ where: { id: 15 } });
    await visible(table.getByRole('row', { name: new RegExp(district.name) }));
    for (const text of await table.getByRole('cell').allInnerTexts()) expect(text === '<5' || text === 'Gizli' || Number(text.replace(/\./g, '')) >= 5).toBe(true);
    await screenshot(page, 'monitoring-04-statistics');
  });

  it('audited every page it visited, with 0 axe violations, and the console stayed clean', () => {
    expect(unauditedPaths()).toEqual([]);
    expect(accessibilityAudits().flatMap((audit) => audit.violations)).toEqual([]);
    expect(chromium.errors()).toEqual([]);
  });
});
