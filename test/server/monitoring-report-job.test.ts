// The monthly monitoring report on the real pg-boss runner: with the clock set to 00:30 on the 1st of
// a month in İzmir, the job stores the month just ended (a Turkish PDF and CSV, the figures' hash)
// and queues one mail per subscriber, delivered over SMTP in her language; a second run, or two at
// once, make no second report and no second mail; re-reading the month gives the same hash.
import { prisma } from '@katilim/server/db/prisma';
import { MONTHLY_REPORT_QUEUE } from '@katilim/server/modules/monitoring/jobs';
import { figuresHash, monthFigures, runMonthlyReport } from '@katilim/server/modules/monitoring/report';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { pdfText } from '../support/e2e-shifts.ts';
import { clientFor, cookieHeader, createPerson } from '../support/scenarios.ts';
import { createShift } from '../support/shifts-scenarios.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { runJob, setClock } from '../support/job-runs.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ jobs: true, env: { SMTP_URL: sink.url } });
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});
afterEach(() => void vi.useRealTimers());




const mails = (month: string) => prisma.outboxMessage.findMany({ where: { template: 'monitoringMonthlyReport', bodyText: { contains: `/monitoring/reports/${month}.pdf` } }, orderBy: { toAddress: 'asc' } });

describe('the monthly report job', () => {
  let coordinator: Awaited<ReturnType<typeof createPerson>>;
  let admin: Awaited<ReturnType<typeof createPerson>>;
  let formerCoordinator: Awaited<ReturnType<typeof createPerson>>;

  beforeAll(async () => {
    coordinator = await createPerson({ roles: ['COORDINATOR'], firstName: 'Şule' });
    admin = await createPerson({ roles: ['ADMIN'], firstName: 'Ian' });
    await prisma.user.update({ where: { id: admin.id }, data: { locale: 'en' } });
    // Subscribed once, no longer staff: no mail.
    formerCoordinator = await createPerson({ roles: ['VOLUNTEER'] });
    await prisma.monitoringSubscription.createMany({ data: [{ userId: coordinator.id }, { userId: admin.id }, { userId: formerCoordinator.id }] });
    // December 2026 in İzmir: a shift with two filled places, one served (90 minutes, approved).
    const shift = await createShift({ capacity: 5 });
    const at = new Date('2026-12-10T07:00:00Z');
    await prisma.shift.update({ where: { id: shift.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 3 * 3_600_000), signupClosesAt: new Date(at.getTime() - 3_600_000) } });
    const [a, b] = [await createPerson({ districtId: 21 }), await createPerson({ districtId: 21 })];
    await prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: a.id, status: 'CONFIRMED', attendance: 'PRESENT', minutes: 90, hoursApprovedAt: at } });
    await prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: b.id, status: 'CONFIRMED', attendance: 'NO_SHOW' } });
  });

  it('is scheduled daily at 00:30 in İzmir (21:30 UTC)', async () => {
    const schedules = await prisma.$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule`;
    expect(schedules).toEqual(expect.arrayContaining([{ name: MONTHLY_REPORT_QUEUE, cron: '30 21 * * *' }]));
  });

  it('on the 1st stores the month just ended as PDF and CSV, and mails each subscriber once, in her language', async () => {
    // 00:30 on 1 January 2027 in İzmir: the month just ended is December 2026.
    setClock('2026-12-31T21:30:00Z');
    await runJob(server, MONTHLY_REPORT_QUEUE, 60);
    const report = await prisma.monitoringReport.findUniqueOrThrow({ where: { month: '2026-12' } });
    const pdf = Buffer.from(report.pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Aylık izleme raporu: Aralık 2026');
    expect(text).toContain('Eşit İzmir gönüllüleri');
    expect(text).toContain('Çocuk Meclisi');
    expect(report.csv.startsWith('Program,Gösterge,Birim,Kırılım,Grup,Değer,Önceki dönem,Geçen yıl aynı dönem')).toBe(true);
    expect(report.csv).toMatch(/\nEşit İzmir gönüllüleri,[^\n]*,count,Toplam,,2,/);
    expect(report.figuresHash).toMatch(/^[0-9a-f]{64}$/);

    const queued = await mails('2026-12');
    expect(queued.map((m) => [m.toAddress, m.locale])).toEqual(
      [
        [admin.email, 'en'],
        [coordinator.email, 'tr'],
      ].sort(),
    );
    const tr = await sink.waitFor((mail) => mail.envelope.to.includes(coordinator.email), 60_000);
    expect(tr.subject).toBe('Katılım: Aralık 2026 aylık izleme raporu hazır');
    expect(tr.body).toContain(`${server.config.publicUrl}/monitoring/reports/2026-12.pdf`);
    const en = await sink.waitFor((mail) => mail.envelope.to.includes(admin.email), 60_000);
    expect(en.subject).toBe('Katılım: the monthly monitoring report for December 2026 is ready');
    expect(en.body).toContain('/monitoring/reports/2026-12.pdf?lang=en');

    // A second run the same night, and the next night: nothing new.
    await runJob(server, MONTHLY_REPORT_QUEUE, 60);
    setClock('2027-01-01T21:30:00Z');
    await runJob(server, MONTHLY_REPORT_QUEUE, 60);
    expect(await prisma.monitoringReport.count({ where: { month: '2026-12' } })).toBe(1);
    expect((await prisma.monitoringReport.findUniqueOrThrow({ where: { month: '2026-12' } })).generatedAt).toEqual(report.generatedAt);
    expect(await mails('2026-12')).toHaveLength(2);
    // Three job runs, a PDF and two mails over SMTP: more than the default 30 s on a loaded 2-core machine.
  }, 120_000);

  it('run twice at once (and by the queue meanwhile) makes one report and one mail per subscriber', async () => {
    // 00:30 on 1 February 2027: January.
    setClock('2027-01-31T21:30:00Z');
    const [runs] = await Promise.all([fireAtOnce(2, () => runMonthlyReport()), runJob(server, MONTHLY_REPORT_QUEUE, 60)]);
    expect(runs.map((run) => run.month)).toEqual(['2027-01', '2027-01']);
    expect(await prisma.monitoringReport.count({ where: { month: '2027-01' } })).toBe(1);
    expect(await mails('2027-01')).toHaveLength(2);
  });

  it('gives the same figures when the month is read again (its hash matches)', async () => {
    const report = await prisma.monitoringReport.findUniqueOrThrow({ where: { month: '2026-12' } });
    expect(figuresHash(await monthFigures('2026-12'))).toBe(report.figuresHash);
    expect(figuresHash(await monthFigures('2026-12'))).toBe(figuresHash(report.figures as never));
  });

  it('serves the PDF and CSV to coordinators and admins (English on ?lang=en), 404 to others', async () => {
    const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
    const staff = cookieHeader((await clientFor(server.graphqlUrl, ['COORDINATOR'])).client);
    const pdf = await get('/monitoring/reports/2026-12.pdf', staff);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('Aylık izleme raporu: Aralık 2026');
    const english = await get('/monitoring/reports/2026-12.pdf?lang=en', staff);
    expect(pdfText(Buffer.from(await english.arrayBuffer()))).toContain('Monthly monitoring report: December 2026');
    const csv = await get('/monitoring/reports/2026-12.csv?lang=en', staff);
    expect(Buffer.from(await csv.arrayBuffer()).toString('utf8')).toMatch(/^\uFEFFProgramme,Figure,Unit,Breakdown/);
    const turkish = Buffer.from(await (await get('/monitoring/reports/2026-12.csv', staff)).arrayBuffer()).toString('utf8');
    expect(turkish).toMatch(/^\uFEFFProgram,Gösterge,/);
    const adminCookie = cookieHeader((await clientFor(server.graphqlUrl, ['ADMIN'])).client);
    expect((await get('/monitoring/reports/2026-12.csv', adminCookie)).status).toBe(200);

    const volunteer = cookieHeader((await clientFor(server.graphqlUrl, ['VOLUNTEER'])).client);
    expect((await get('/monitoring/reports/2026-12.pdf', volunteer)).status).toBe(404);
    expect((await get('/monitoring/reports/2026-12.pdf')).status).toBe(404);
    expect((await get('/monitoring/reports/2025-01.pdf', staff)).status).toBe(404);
    expect((await get('/monitoring/reports/2026-13.pdf', staff)).status).toBe(404);
  });
});

describe('the reports in GraphQL', () => {
  it('lists reports newest first, subscribes and unsubscribes, and generates a missing month once (admins)', async () => {
    const { client: admin } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const generate = `mutation($month: String!) { generateMonitoringReport(input: { month: $month }) {
      __typename ... on MutationGenerateMonitoringReportSuccess { data { month generatedAt figuresHash pdfPath csvPath } }
      ... on Error { message } } }`;
    const first = await admin.ok(generate, { month: '2026-10' });
    expect(first.generateMonitoringReport.data).toMatchObject({ month: '2026-10', pdfPath: '/monitoring/reports/2026-10.pdf', csvPath: '/monitoring/reports/2026-10.csv' });
    const again = await admin.ok(generate, { month: '2026-10' });
    expect(again.generateMonitoringReport.data).toEqual(first.generateMonitoringReport.data);
    // Nobody is mailed for a month generated by hand.
    expect(await prisma.monitoringReport.findUniqueOrThrow({ where: { month: '2026-10' }, select: { mailedAt: true } })).toEqual({ mailedAt: null });

    const running = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit' }).format(new Date(Date.now() + 3 * 3_600_000)).slice(0, 7);
    const refused = await admin.ok(generate, { month: running });
    expect(refused.generateMonitoringReport).toMatchObject({ __typename: 'MonitoringMonthNotOverError', message: 'Rapor yalnızca bitmiş bir ay için oluşturulabilir.' });
    expect((await admin.ok(generate, { month: '2026-1' })).generateMonitoringReport.__typename).toBe('InputValidationError');

    const { client: coordinator } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const list = await coordinator.ok(`{ monitoringReports { month } myMonitoringSubscription { subscribed } }`);
    const months = list.monitoringReports.map((r: { month: string }) => r.month);
    expect(months).toEqual([...months].sort().reverse());
    expect(months).toContain('2026-10');
    expect(list.myMonitoringSubscription).toEqual({ subscribed: false });
    const subscribe = `mutation { subscribeToMonitoringReports { __typename ... on MutationSubscribeToMonitoringReportsSuccess { data { subscribed } } } }`;
    expect((await coordinator.ok(subscribe)).subscribeToMonitoringReports.data).toEqual({ subscribed: true });
    expect((await coordinator.ok(subscribe)).subscribeToMonitoringReports.data).toEqual({ subscribed: true });
    expect((await coordinator.ok(`{ myMonitoringSubscription { subscribed } }`)).myMonitoringSubscription).toEqual({ subscribed: true });
    const unsubscribe = `mutation { unsubscribeFromMonitoringReports { __typename ... on MutationUnsubscribeFromMonitoringReportsSuccess { data { subscribed } } } }`;
    expect((await coordinator.ok(unsubscribe)).unsubscribeFromMonitoringReports.data).toEqual({ subscribed: false });
    expect((await coordinator.ok(`{ myMonitoringSubscription { subscribed } }`)).myMonitoringSubscription).toEqual({ subscribed: false });
  });
});
