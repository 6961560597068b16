// The public statistics: for a year, each programme's public figure (people taking part) per İzmir
// district, with small cells suppressed (suppression.ts). Districts with no one still appear (as "<5"),
// so the table's shape tells nothing; people without a recorded district form a cell of their own.
import { districtRows } from '../districts/rows.ts';
import { translate, type Locale, type MessageKey } from '../../i18n/messages.ts';
import { monitoringSources } from '../../generated/monitoring-map.ts';
import { PROGRAMMES } from './declaration.ts';
import { rowsFor } from './figures.ts';
import { suppress } from './suppression.ts';

const UNKNOWN = { tr: 'İlçe bilinmiyor', en: 'District unknown' } as const;

export async function publicStatistics(year: number, locale: Locale) {
  const [rows, districts] = await Promise.all([rowsFor({ from: `${year}-01`, to: `${year}-12` }), districtRows.rows()]);
  const collator = new Intl.Collator(locale === 'tr' ? 'tr' : 'en');
  const names = [...districts].sort((a, b) => collator.compare(a.name, b.name));
  const ordered = [...monitoringSources].sort((a, b) => PROGRAMMES.indexOf(a.programme) - PROGRAMMES.indexOf(b.programme));
  const tables = ordered.flatMap((source) =>
    source.metrics
      .filter((metric) => metric.public)
      .map((metric) => {
        const mine = rows.filter((set) => set.programme === source.programme).flatMap((set) => set.rows).filter((row) => row.metric === metric.key);
        const count = (districtId: number | null) => mine.filter((row) => row.districtId === districtId).reduce((n, row) => n + row.value, 0);
        const unknown = count(null);
        const cells = [...names.map((d) => ({ key: String(d.id), value: count(d.id) })), ...(unknown > 0 ? [{ key: 'UNKNOWN', value: unknown }] : [])];
        const table = suppress(cells);
        const label = (key: string) => (key === 'UNKNOWN' ? UNKNOWN[locale] : (names.find((d) => String(d.id) === key)?.name ?? key));
        return {
          programme: source.programme,
          programmeLabel: translate(locale, `monitoring.programme.${source.programme}` as MessageKey),
          metric: metric.key,
          label: locale === 'tr' ? metric.labelTr : metric.labelEn,
          total: table.total,
          totalSuppressed: table.totalSuppressed ?? null,
          cells: table.cells.map((cell) => ({ ...cell, label: label(cell.key) })),
        };
      }),
  );
  return { year, tables };
}
