import { defineConfig } from 'vitest/config';

// One run for the whole repository: the shared rules and client unit tests, server integration
// tests, end-to-end.
export default defineConfig({
  test: {
    projects: ['schema/vitest.config.ts', 'client/vitest.config.ts', 'test/vitest.server.config.ts', 'test/vitest.e2e.config.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
