// The monitoring's figures as CSV, one row per figure and per group of each breakdown: what the
// dashboard's download (http.ts) and the monthly report (report.ts) both write.
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../i18n/messages.ts';
import type { labelledFigures } from './labels.ts';

export type LabelledFigures = Awaited<ReturnType<typeof labelledFigures>>;

const HEADINGS = {
  tr: ['Program', 'Gösterge', 'Birim', 'Kırılım', 'Grup', 'Değer', 'Önceki dönem', 'Geçen yıl aynı dönem'],
  en: ['Programme', 'Figure', 'Unit', 'Breakdown', 'Group', 'Value', 'Previous period', 'Same period last year'],
} as const;
const BREAKDOWNS = { tr: { total: 'Toplam', district: 'İlçe', age: 'Yaş grubu', gender: 'Cinsiyet', category: 'Kategori' }, en: { total: 'Total', district: 'District', age: 'Age band', gender: 'Gender', category: 'Category' } } as const;

/** A cell a spreadsheet would read as a formula is kept as text (themes are free text). */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The CSV text, with a byte-order mark so that spreadsheets read it as UTF-8. */
export function figuresCsv(figures: LabelledFigures, locale: Locale): string {
  const b = BREAKDOWNS[locale];
  const rows: (string | number | null)[][] = [[...HEADINGS[locale]]];
  for (const programme of figures.programmes) {
    for (const metric of programme.metrics) {
      rows.push([programme.label, metric.label, metric.unit, b.total, '', metric.value, metric.previous, metric.lastYear]);
      for (const [kind, counts] of [[b.district, metric.byDistrict], [b.age, metric.byAgeBand], [b.gender, metric.byGender], [b.category, metric.byCategory]] as const) {
        for (const count of counts) rows.push([programme.label, metric.label, metric.unit, kind, cell(count.label), count.value, '', '']);
      }
    }
  }
  return `\uFEFF${stringify(rows, { cast: { number: (value) => String(value) } })}`;
}
