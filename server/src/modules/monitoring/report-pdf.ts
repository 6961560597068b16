// The monthly monitoring report as an A4 PDF for the directorate's meeting: per programme, a bar
// chart of each figure against the month before and the same month a year earlier, then the table
// of the same figures. DejaVu Sans is embedded (a4Document) for ğ, ş, ı and İ.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import { a4Document } from '../../pdf/document.ts';
import { parseMonth } from './period.ts';
import type { LabelledFigures } from './report-csv.ts';

const WORDS = {
  tr: {
    title: 'Aylık izleme raporu',
    figure: 'Gösterge',
    value: 'Bu ay',
    previous: 'Önceki ay',
    lastYear: 'Geçen yıl aynı ay',
    legend: 'Koyu: bu ay · orta: önceki ay · açık: geçen yıl aynı ay (her satır kendi en büyük değerine göre)',
    units: { count: 'sayı', hours: 'saat', rate: 'oran' } as Record<string, string>,
    generated: 'Oluşturulma',
    source: 'Kaynak: Katılım’da kayıtlı olaylar; kişisel veri içermez.',
  },
  en: {
    title: 'Monthly monitoring report',
    figure: 'Figure',
    value: 'This month',
    previous: 'Month before',
    lastYear: 'Same month last year',
    legend: 'Dark: this month · middle: month before · light: same month last year (each row to its own largest value)',
    units: { count: 'count', hours: 'hours', rate: 'rate' } as Record<string, string>,
    generated: 'Generated',
    source: 'Source: events recorded in Katılım; no personal data.',
  },
} as const;

const LOCALES = { tr: 'tr-TR', en: 'en-GB' } as const;
const COLOURS = ['#1c5d99', '#5b8fc7', '#b5cfe8'] as const;

/** "Kasım 2026" / "November 2026". */
export function monthTitle(month: string, locale: Locale): string {
  const { year, month: m } = parseMonth(month)!;
  return new Intl.DateTimeFormat(LOCALES[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 15)));
}

function formatted(value: number | null, unit: string, locale: Locale): string {
  if (value === null) return '—';
  const number = new Intl.NumberFormat(LOCALES[locale], unit === 'rate' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 1 });
  return number.format(value);
}

/** The report of one month in the reader's language; `generatedAt` is printed as it was stored. */
export async function monthlyReportPdf(figures: LabelledFigures, locale: Locale, generatedAt: Date): Promise<Buffer> {
  const words = WORDS[locale];
  const title = `${words.title}: ${monthTitle(figures.from, locale)}`;
  const { doc, done } = a4Document(title);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const room = (needed: number) => {
    if (doc.y + needed > bottom()) doc.addPage();
  };
  const when = new Intl.DateTimeFormat(LOCALES[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });

  doc.font('bold').fontSize(10).fillColor('#555').text('İzmir Büyükşehir Belediyesi · Katılım', left, doc.page.margins.top);
  doc.font('bold').fontSize(18).fillColor('#111').text(title);
  doc.font('body').fontSize(9).fillColor('#555').text(`${words.generated}: ${when.format(generatedAt)}`);
  doc.text(words.source);

  for (const programme of figures.programmes) {
    room(120);
    doc.moveDown(1);
    doc.font('bold').fontSize(14).fillColor('#111').text(programme.label, left);
    doc.font('body').fontSize(8).fillColor('#555').text(words.legend, left);
    doc.moveDown(0.4);

    // ── the chart: three bars per figure, scaled to the figure's largest of the three ──
    const labelWidth = 170;
    const barWidth = width - labelWidth - 70;
    for (const metric of programme.metrics) {
      room(34);
      const y = doc.y;
      const values = [metric.value, metric.previous, metric.lastYear];
      const max = Math.max(...values.map((value) => value ?? 0), 0);
      doc.font('body').fontSize(8.5).fillColor('#111').text(metric.label, left, y + 2, { width: labelWidth - 8, height: 26, ellipsis: true });
      values.forEach((value, index) => {
        const length = max > 0 && value ? (barWidth * value) / max : 0;
        if (length > 0) doc.rect(left + labelWidth, y + index * 9, length, 7).fill(COLOURS[index]);
      });
      doc.fillColor('#111').fontSize(8).text(formatted(metric.value, metric.unit, locale), left + labelWidth + barWidth + 6, y - 1, { width: 64 });
      doc.y = y + 32;
    }

    // ── the table of the same figures ──
    room(40);
    doc.moveDown(0.4);
    const cols = [left, left + width - 180, left + width - 120, left + width - 60];
    const header = doc.y;
    doc.font('bold').fontSize(8.5).fillColor('#333');
    [words.figure, words.value, words.previous, words.lastYear].forEach((text, index) => doc.text(text, cols[index], header, { width: index ? 58 : cols[1]! - left - 8 }));
    doc.y = Math.max(doc.y, header + 22);
    doc.moveTo(left, doc.y).lineTo(left + width, doc.y).strokeColor('#999').stroke();
    doc.y += 4;
    for (const metric of programme.metrics) {
      room(20);
      const y = doc.y;
      doc.font('body').fontSize(8.5).fillColor('#111').text(`${metric.label} (${words.units[metric.unit] ?? metric.unit})`, left, y, { width: cols[1]! - left - 8 });
      const end = doc.y;
      [metric.value, metric.previous, metric.lastYear].forEach((value, index) => doc.text(formatted(value, metric.unit, locale), cols[index + 1], y, { width: 58 }));
      doc.y = Math.max(end, y + 12) + 3;
    }
  }
  doc.end();
  return done;
}
