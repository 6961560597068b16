// The monthly monitoring report: generated once per month from recorded events (so a re-run gives
// the same figures, which the stored SHA-256 lets anyone check), stored with its Turkish PDF and CSV,
// and mailed once to the coordinators and admins who subscribed, each in her language.
import { createHash } from 'node:crypto';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { figuresFor, type Figures } from './figures.ts';
import { addMonths } from './period.ts';
import { figuresCsv } from './report-csv.ts';
import { monthlyReportPdf, monthTitle } from './report-pdf.ts';
import { labelledFigures } from './labels.ts';

export const REPORT_ACTOR: Actor = { userId: null, requestId: 'job:monitoring-monthly-report', ip: null };

/** Where a stored report is downloaded (http.ts); `?lang=en` for English. */
export const reportPaths = {
  page: '/monitoring/reports',
  pdf: (month: string) => `/monitoring/reports/${month}.pdf`,
  csv: (month: string) => `/monitoring/reports/${month}.csv`,
};

/** The figures with every breakdown in key order: the same events give the same JSON, byte for byte. */
export function canonicalFigures(figures: Figures): Figures {
  const byKey = <T extends { key: string }>(counts: readonly T[]) => [...counts].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    ...figures,
    programmes: figures.programmes.map((programme) => ({
      ...programme,
      metrics: programme.metrics.map((metric) => ({
        ...metric,
        byDistrict: byKey(metric.byDistrict),
        byAgeBand: byKey(metric.byAgeBand),
        byGender: byKey(metric.byGender),
        byCategory: byKey(metric.byCategory),
      })),
    })),
  };
}

/** JSON with every object's keys in order: the database's JSONB keeps its own key order. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );

/** SHA-256 of the figures, breakdowns and keys in order: stored with a report, so a re-run can be checked against it. */
export const figuresHash = (figures: Figures) => createHash('sha256').update(sortedJson(canonicalFigures(figures))).digest('hex');

/** The month before the one `now` falls in, in İzmir time. */
export const previousMonth = (now: Date) => addMonths(todayInIstanbul(now).slice(0, 7), -1);

/** The month's figures, read again from the recorded events. */
export async function monthFigures(month: string): Promise<Figures> {
  return canonicalFigures(await figuresFor({ from: month, to: month }, null));
}

/** A stored report's PDF or CSV in a language: Turkish as stored, English rendered from the stored figures. */
export async function reportFile(month: string, kind: 'pdf' | 'csv', locale: Locale): Promise<Buffer | string | null> {
  const report = await prisma.monitoringReport.findUnique({ where: { month } });
  if (!report) return null;
  if (locale === 'tr') return kind === 'pdf' ? Buffer.from(report.pdf) : `\uFEFF${report.csv}`;
  const labelled = await labelledFigures(report.figures as unknown as Figures, locale);
  return kind === 'pdf' ? monthlyReportPdf(labelled, locale, report.generatedAt) : figuresCsv(labelled, locale);
}

/**
 * The month's report, generated if missing; an existing one is returned unchanged. Two runs at once
 * both render, but the unique month lets only one row in (ON CONFLICT DO NOTHING).
 */
export async function generateMonthlyReport(month: string, actor: Actor, now = new Date()): Promise<{ month: string; created: boolean }> {
  if (await prisma.monitoringReport.findUnique({ where: { month }, select: { id: true } })) return { month, created: false };
  const figures = await monthFigures(month);
  const labelled = await labelledFigures(figures, 'tr');
  const pdf = await monthlyReportPdf(labelled, 'tr', now);
  // Stored without the byte-order mark (the database's text drops it); reportFile puts it back.
  const csv = figuresCsv(labelled, 'tr').replace(/^\uFEFF/, '');
  const created = await prisma.$transaction(async (tx) => {
    const { count } = await tx.monitoringReport.createMany({
      data: [{ month, generatedAt: now, figures: figures as object, figuresHash: figuresHash(figures), pdf: new Uint8Array(pdf), csv }],
      skipDuplicates: true,
    });
    if (count) await audit(tx, actor, 'monitoring.report.generate', { type: 'MonitoringReport', id: month }, {});
    return count > 0;
  });
  return { month, created };
}

/**
 * Queues the month's mail to every subscriber still a coordinator or admin, once: the report is
 * marked mailed in the same transaction, and a second run finds it marked.
 */
export async function mailMonthlyReport(month: string, now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.monitoringReport.updateMany({ where: { month, mailedAt: null }, data: { mailedAt: now } });
    if (!count) return 0;
    const subscribers = await tx.monitoringSubscription.findMany({
      where: { user: { erasedAt: null, roles: { some: { role: { in: ['COORDINATOR', 'ADMIN'] } } } } },
      select: { user: { select: { id: true, firstName: true, email: true, locale: true } } },
      orderBy: { createdAt: 'asc' },
    });
    for (const { user } of subscribers) {
      const lang = user.locale === 'tr' ? '' : `?lang=${user.locale}`;
      await enqueueEmail(tx, {
        template: 'monitoringMonthlyReport',
        locale: user.locale,
        to: user.email,
        userId: user.id,
        params: {
          recipientFirstName: user.firstName,
          month: monthTitle(month, user.locale),
          pdfLink: `${publicUrl()}${reportPaths.pdf(month)}${lang}`,
          csvLink: `${publicUrl()}${reportPaths.csv(month)}${lang}`,
          pageLink: `${publicUrl()}${reportPaths.page}`,
        },
      });
    }
    return subscribers.length;
  });
}

/** The scheduled run: the month just ended, generated if missing and mailed if not yet. */
export async function runMonthlyReport(now = new Date()): Promise<{ month: string; created: boolean; mailed: number }> {
  const month = previousMonth(now);
  const { created } = await generateMonthlyReport(month, REPORT_ACTOR, now);
  return { month, created, mailed: await mailMonthlyReport(month, now) };
}
