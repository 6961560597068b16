// pnpm size — what the browser downloads before the landing page shows, from the built client.
// Reads client/dist/.vite/manifest.json (vite `build.manifest`): the landing page needs
// index.html, the entry chunk, every chunk it imports statically (transitively) and their CSS.
// Chunks reached only through import() (each page, see client/src/app/feature.ts) are not counted.
// Exits non-zero when the landing page needs more than the budget (gzip).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzip kilobytes (1000 bytes, as Vite prints them) the landing page may need. */
export const LANDING_BUDGET_KB = 250;

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

export type FileSize = { file: string; bytes: number; gzip: number };
export type BundleReport = {
  landing: FileSize[];
  landingGzip: number;
  /** Chunks loaded on demand (pages and what only they use), largest first. */
  lazy: FileSize[];
  budgetGzip: number;
  withinBudget: boolean;
};

function sizeOf(dist: string, file: string): FileSize {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content).length };
}

export function readManifest(dist: string): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build the client first (pnpm run build), with build.manifest on`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The files a page that starts at `keys` needs before it can run: static imports and CSS. */
export function staticClosure(manifest: Manifest, keys: string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...files];
}

export function measureBundle(dist: string, budgetKb = LANDING_BUDGET_KB): BundleReport {
  const manifest = readManifest(dist);
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length === 0) throw new Error('manifest has no entry chunk');
  const landingFiles = staticClosure(manifest, entries);
  const landing = ['index.html', ...landingFiles].map((file) => sizeOf(dist, file)).sort((a, b) => b.gzip - a.gzip);
  const counted = new Set(landingFiles);
  const lazyFiles = new Set(
    Object.values(manifest)
      .flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])])
      .filter((file) => !counted.has(file)),
  );
  const lazy = [...lazyFiles].map((file) => sizeOf(dist, file)).sort((a, b) => b.gzip - a.gzip);
  const landingGzip = landing.reduce((sum, file) => sum + file.gzip, 0);
  const budgetGzip = budgetKb * 1000;
  return { landing, landingGzip, lazy, budgetGzip, withinBudget: landingGzip <= budgetGzip };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

export function formatReport(report: BundleReport): string {
  const row = (f: FileSize) => `  ${f.file.padEnd(52)} ${kb(f.bytes).padStart(12)} ${kb(f.gzip).padStart(11)}`;
  return [
    `landing page (entry, its static imports and CSS)${''.padEnd(5)}${'raw'.padStart(12)} ${'gzip'.padStart(11)}`,
    ...report.landing.map(row),
    `  ${'total'.padEnd(52)} ${''.padStart(12)} ${kb(report.landingGzip).padStart(11)}   budget ${kb(report.budgetGzip)}`,
    '',
    `loaded on demand: ${report.lazy.length} files, ${kb(report.lazy.reduce((sum, f) => sum + f.gzip, 0))} gzip; largest:`,
    ...report.lazy.slice(0, 10).map(row),
    '',
    report.withinBudget
      ? `OK: the landing page needs ${kb(report.landingGzip)} gzip (budget ${kb(report.budgetGzip)})`
      : `OVER BUDGET: the landing page needs ${kb(report.landingGzip)} gzip, more than ${kb(report.budgetGzip)}`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.env.CLIENT_DIST ?? fileURLToPath(new URL('../client/dist', import.meta.url)));
  const report = measureBundle(dist);
  console.log(formatReport(report));
  process.exitCode = report.withinBudget ? 0 : 1;
}
