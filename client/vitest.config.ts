import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'client',
    // Projects run one group after another: client, then server, then end-to-end.
    sequence: { groupOrder: 0 },
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // Full-page tests type into Mantine forms in jsdom; two cores make that slow. Pages load
    // lazily, so the first test of a file also transforms its page's code (a few seconds more).
    testTimeout: 30_000,
  },
});
