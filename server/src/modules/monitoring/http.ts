// The monitoring's figures as CSV for coordinators and admins:
// `GET /monitoring/figures.csv?from=YYYY-MM&to=YYYY-MM[&district=N][&lang=en]`. Others get 404.
import { stringify } from 'csv-stringify/sync';
import { isStaff } from '../../context.ts';
import { localeOf, viewerOf, defineRoutes } from '../../http/routes.ts';
import { figuresFor } from './figures.ts';
import { labelledFigures } from './schema.ts';
import { monthRangeSchema } from './validation.ts';

const HEADINGS = {
  tr: ['Program', 'Gösterge', 'Birim', 'Kırılım', 'Grup', 'Değer', 'Önceki dönem', 'Geçen yıl aynı dönem'],
  en: ['Programme', 'Figure', 'Unit', 'Breakdown', 'Group', 'Value', 'Previous period', 'Same period last year'],
} as const;
const BREAKDOWNS = { tr: { total: 'Toplam', district: 'İlçe', age: 'Yaş grubu', gender: 'Cinsiyet', category: 'Kategori' }, en: { total: 'Total', district: 'District', age: 'Age band', gender: 'Gender', category: 'Category' } } as const;

/** A cell a spreadsheet would read as a formula is kept as text (themes are free text). */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export const routes = defineRoutes((router) => {
  router.get('/monitoring/figures.csv', async (req, res, next) => {
    try {
      const viewer = await viewerOf(req);
      if (!isStaff(viewer) && !viewer?.roles.has('ADMIN')) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const range = monthRangeSchema.safeParse({ from: req.query.from, to: req.query.to });
      const district = req.query.district === undefined ? null : Number(req.query.district);
      if (!range.success || (district !== null && !Number.isInteger(district))) {
        res.status(400).type('text/plain').send('Bad request: from and to (YYYY-MM), district (a number)');
        return;
      }
      const locale = localeOf(req);
      const figures = await labelledFigures(await figuresFor({ from: range.data.from, to: range.data.to }, district), locale);
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
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-monitoring-${range.data.from}-${range.data.to}.csv"`);
      res.type('text/csv; charset=utf-8').send(`\uFEFF${stringify(rows, { cast: { number: (value) => String(value) } })}`);
    } catch (error) {
      next(error);
    }
  });
});
