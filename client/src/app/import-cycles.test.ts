// No module may import, directly or through others, a module that imports it: a child component
// declares its own fragment instead of importing types from its page (STYLE.md, "Client"). ESLint's
// import/no-cycle is not among the project's plugins, so this test reads the imports itself.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

type Graph = ReadonlyMap<string, readonly string[]>;

/** The modules a file imports statically (types included; `import()` loads later and is left out). */
function staticImports(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return tree.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
      ? [statement.moduleSpecifier.text]
      : [],
  );
}

/** `./x` from `/src/a/b.ts` → `/src/a/x.ts` or `.tsx`; packages and non-code files (JSON, CSS) → null. */
function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = new URL(specifier, `file://${from}`).pathname;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => files.has(candidate)) ?? null;
}

function importGraph(files: Record<string, string>): Graph {
  const names = new Set(Object.keys(files));
  return new Map(
    Object.entries(files).map(([file, source]) => [
      file,
      staticImports(file, source).flatMap((specifier) => resolve(file, specifier, names) ?? []),
    ]),
  );
}

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function findCycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  function visit(node: string) {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  }

  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle through a type-only import, and none in a tree', () => {
    const graph = importGraph({
      '/src/f/page.tsx': "import { Card } from './card';\nimport { x } from 'react';",
      '/src/f/card.tsx': "import type { Row } from './page';\nimport { label } from '../shared/label';",
      '/src/shared/label.ts': "export const label = 'x';",
      '/src/f/lazy.tsx': "const page = () => import('./page');\nexport {};",
    });
    expect(graph.get('/src/f/page.tsx')).toEqual(['/src/f/card.tsx']);
    expect(findCycles(graph)).toEqual([['/src/f/card.tsx', '/src/f/page.tsx']]);
    expect(findCycles(new Map([['/a.ts', ['/b.ts']], ['/b.ts', []]]))).toEqual([]);
  });

  it('are absent from the client: no module imports one that imports it', () => {
    const graph = importGraph(sources);
    // The scan sees the whole client, pages and their components included.
    expect(graph.get('/src/features/trainings/round-trainings-page.tsx')).toContain('/src/features/trainings/course-card.tsx');
    expect(findCycles(graph)).toEqual([]);
  });
});
