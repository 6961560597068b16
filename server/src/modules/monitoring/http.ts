// The monitoring's figures as CSV for coordinators and admins:
// `GET /monitoring/figures.csv?from=YYYY-MM&to=YYYY-MM[&district=N][&lang=en]`, and the stored
// monthly reports: `GET /monitoring/reports/YYYY-MM.pdf` and `.csv` (`?lang=en`). Others get 404.
import { isStaff } from '../../context.ts';
import { localeOf, viewerOf, defineRoutes } from '../../http/routes.ts';
import { figuresFor } from './figures.ts';
import { figuresCsv } from './report-csv.ts';
import { reportFile } from './report.ts';
import { labelledFigures } from './labels.ts';
import { parseMonth } from './period.ts';
import { monthRangeSchema } from './validation.ts';

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
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-monitoring-${range.data.from}-${range.data.to}.csv"`);
      res.type('text/csv; charset=utf-8').send(figuresCsv(figures, locale));
    } catch (error) {
      next(error);
    }
  });

  router.get('/monitoring/reports/:file', async (req, res, next) => {
    try {
      const viewer = await viewerOf(req);
      const [, month = '', kind = 'pdf'] = /^(\d{4}-\d{2})\.(pdf|csv)$/.exec(req.params.file) ?? [];
      const locale = localeOf(req, 'tr');
      const allowed = isStaff(viewer) || (viewer?.roles.has('ADMIN') ?? false);
      const file = allowed && parseMonth(month) ? await reportFile(month, kind as 'pdf' | 'csv', locale) : null;
      if (file === null) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `${kind === 'pdf' ? 'inline' : 'attachment'}; filename="katilim-izleme-${month}${locale === 'tr' ? '' : `-${locale}`}.${kind}"`);
      if (kind === 'pdf') res.type('application/pdf').send(file);
      else res.type('text/csv; charset=utf-8').send(file);
    } catch (error) {
      next(error);
    }
  });
});
