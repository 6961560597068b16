// vitest runs test files through Vite, which expands import.meta.glob; Vite's own client types are
// not a dependency of this package, so the one signature the tests use is declared here.
// (An interface, because only an interface merges into the global ImportMeta.)
interface ImportMeta {
  glob<T>(pattern: string | string[], options: { eager: true; import?: string }): Record<string, T>;
}
