import { defineConfig } from 'vitest/config';

// One run for the whole repository: client unit tests, server integration tests, end-to-end.
export default defineConfig({
  test: {
    projects: ['client/vitest.config.ts', 'test/vitest.server.config.ts', 'test/vitest.e2e.config.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
