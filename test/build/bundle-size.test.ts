// The budget of what the browser downloads before the landing page shows (issue 7, part 4),
// checked against the client that `pnpm run build` wrote (the test command builds it first).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, LANDING_BUDGET_KB, measureBundle, readManifest, staticClosure } from '../../bench/bundle-size.ts';

const dist = process.env.CLIENT_DIST ?? fileURLToPath(new URL('../../client/dist', import.meta.url));
const script = fileURLToPath(new URL('../../bench/bundle-size.ts', import.meta.url));
const testDir = fileURLToPath(new URL('..', import.meta.url));

describe('the built client', () => {
  const report = measureBundle(dist);
  const manifest = readManifest(dist);
  const landingFiles = new Set(report.landing.map((file) => file.file));

  it(`lets the landing page show with at most ${LANDING_BUDGET_KB} kB of gzip`, () => {
    console.log(formatReport(report));
    expect(report.landingGzip).toBeGreaterThan(0);
    expect(report.landingGzip).toBeLessThanOrEqual(LANDING_BUDGET_KB * 1000);
  });

  it('counts the page, its entry chunk with the static imports, and their CSS', () => {
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    expect(landingFiles).toContain('index.html');
    expect(landingFiles).toContain(entry?.file);
    for (const css of entry?.css ?? []) expect(landingFiles).toContain(css);
    expect([...landingFiles].some((file) => file.endsWith('.css'))).toBe(true);
  });

  it.each([
    'src/features/volunteering/coordination/board-page.tsx',
    'src/features/interviews/round-interviews-page.tsx',
    'src/features/trainings/round-trainings-page.tsx',
    'src/features/accounts/log-in-page.tsx',
    'src/features/admin/users-page.tsx',
  ])('leaves %s (and all it alone needs) to load on demand', (src) => {
    const chunk = manifest[src];
    expect(chunk?.isDynamicEntry).toBe(true);
    expect(landingFiles).not.toContain(chunk?.file);
    for (const css of chunk?.css ?? []) expect(landingFiles).not.toContain(css);
  });

  it('leaves Mantine’s full stylesheet to the pages', () => {
    const styles = manifest['src/app/page-styles.ts'];
    expect(styles?.file).toMatch(/\.css$/);
    expect(landingFiles).not.toContain(styles?.file);
  });

  it('has a stylesheet in the landing CSS for every Mantine component the landing code renders', () => {
    const components = new Set<string>();
    for (const file of landingFiles) {
      // Only the bundler's tiny runtime has no source map.
      if (!file.endsWith('.js') || !existsSync(join(dist, `${file}.map`))) continue;
      const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as { sources: string[] };
      for (const source of map.sources) {
        const name = /@mantine\/core\/esm\/components\/([^/]+)\//.exec(source)?.[1];
        if (name) components.add(name);
      }
    }
    const imported = new Set(
      [...readFileSync(new URL('../../client/src/app/shell-styles.ts', import.meta.url), 'utf8').matchAll(/@mantine\/core\/styles\/(\w+)\.css/g)].map(
        (match) => match[1],
      ),
    );
    const withStyles = [...components].filter((name) =>
      existsSync(new URL(`../../client/node_modules/@mantine/core/styles/${name}.css`, import.meta.url)),
    );
    // Parts the landing code carries but does not render on its own: NavLink draws Accordion's
    // chevron; Menu brings its checkbox, radio and search items (the user menu shows none).
    const partsOnly = ['Accordion', 'Checkbox', 'Radio', 'Input'];
    expect(withStyles.filter((name) => !imported.has(name) && !partsOnly.includes(name))).toEqual([]);
  });
});

describe('the budget script', () => {
  const fake = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  afterAll(() => rmSync(fake, { recursive: true, force: true }));

  // Random bytes do not compress: gzip size ≈ raw size.
  function writeFake(entryKb: number, lazyKb: number) {
    mkdirSync(join(fake, '.vite'), { recursive: true });
    mkdirSync(join(fake, 'assets'), { recursive: true });
    writeFileSync(join(fake, 'index.html'), '<!doctype html>');
    writeFileSync(join(fake, 'assets/entry.js'), randomBytes(entryKb * 1000));
    writeFileSync(join(fake, 'assets/shared.js'), randomBytes(1000));
    writeFileSync(join(fake, 'assets/entry.css'), randomBytes(1000));
    writeFileSync(join(fake, 'assets/page.js'), randomBytes(lazyKb * 1000));
    writeFileSync(
      join(fake, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/entry.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/page.tsx'], css: ['assets/entry.css'] },
        '_shared.js': { file: 'assets/shared.js' },
        'src/page.tsx': { file: 'assets/page.js', isDynamicEntry: true, imports: ['_shared.js'] },
      }),
    );
  }

  function run(): { status: number; output: string } {
    try {
      const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
        cwd: testDir,
        env: { ...process.env, CLIENT_DIST: fake },
        encoding: 'utf8',
      });
      return { status: 0, output };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { status: failed.status, output: failed.stdout };
    }
  }

  it('follows static imports and CSS but not import()', () => {
    writeFake(10, 400);
    expect(staticClosure(readManifest(fake), ['index.html']).sort()).toEqual(['assets/entry.css', 'assets/entry.js', 'assets/shared.js']);
    const report = measureBundle(fake);
    expect(report.lazy.map((file) => file.file)).toEqual(['assets/page.js']);
    expect(report.withinBudget).toBe(true);
  });

  it.each([
    { entryKb: 10, status: 0, says: 'OK: the landing page needs' },
    { entryKb: LANDING_BUDGET_KB + 5, status: 1, says: 'OVER BUDGET' },
  ])('exits with $status when the landing page needs about $entryKb kB', ({ entryKb, status, says }) => {
    writeFake(entryKb, 10);
    const result = run();
    expect(result.output).toContain(says);
    expect(result.status).toBe(status);
  });

  it('fails with a clear message when there is no build', () => {
    expect(() => measureBundle(join(fake, 'missing'))).toThrow('build the client first');
  });
});
