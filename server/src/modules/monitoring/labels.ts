// The monitoring's figures in the reader's language: programmes and figures by name, districts by
// name in Turkish order, genders spelt out. What the dashboard, the CSV and the monthly report show.
import { districtRows } from '../districts/rows.ts';
import { translate, type Locale, type MessageKey } from '../../i18n/messages.ts';
import type { Figures } from './figures.ts';

const GENDER_LABELS: Record<Locale, Record<string, string>> = {
  tr: { WOMAN: 'Kadın', MAN: 'Erkek', NON_BINARY: 'İkili olmayan', UNDISCLOSED: 'Belirtmek istemiyor', UNKNOWN: 'Bilinmiyor' },
  en: { WOMAN: 'Woman', MAN: 'Man', NON_BINARY: 'Non-binary', UNDISCLOSED: 'Prefers not to say', UNKNOWN: 'Unknown' },
};

/** The figures with labels in the reader's language (districts by name, in Turkish order). */
export async function labelledFigures(figures: Figures, locale: Locale) {
  const districts = new Map((await districtRows.rows()).map((d) => [String(d.id), d.name]));
  const collator = new Intl.Collator(locale === 'tr' ? 'tr' : 'en');
  return {
    from: figures.range.from,
    to: figures.range.to,
    districtId: figures.districtId,
    programmes: figures.programmes.map((programme) => ({
      key: programme.programme,
      label: translate(locale, `monitoring.programme.${programme.programme}` as MessageKey),
      metrics: programme.metrics.map((metric) => ({
        key: metric.key,
        label: locale === 'tr' ? metric.labelTr : metric.labelEn,
        unit: metric.unit,
        value: metric.value,
        previous: metric.previous,
        lastYear: metric.lastYear,
        byDistrict: metric.byDistrict.map((c) => ({ ...c, label: districts.get(c.key) ?? c.key })).sort((a, b) => collator.compare(a.label, b.label)),
        byAgeBand: metric.byAgeBand.map((c) => ({ ...c, label: c.key })),
        byGender: metric.byGender.map((c) => ({ ...c, label: GENDER_LABELS[locale][c.key] ?? c.key })),
        byCategory: metric.byCategory.map((c) => ({ ...c, label: c.key })).sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || collator.compare(a.label, b.label)),
      })),
    })),
    csvPath: `/monitoring/figures.csv?from=${figures.range.from}&to=${figures.range.to}${figures.districtId === null ? '' : `&district=${figures.districtId}`}`,
  };
}
