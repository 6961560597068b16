import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Same reason as the server project: one graphql module for our sources and the Pothos plugins.
const fromServer = createRequire(new URL('../server/package.json', import.meta.url));
const graphqlEntry = fromServer.resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['e2e/**/*.test.ts'],
    // Projects run one group after another: client, then server, then end-to-end.
    sequence: { groupOrder: 2 },
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: 'test' },
  },
});
