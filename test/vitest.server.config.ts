import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships both index.js and index.mjs; Vite would pick the .mjs for our sources while the
// Pothos plugins (loaded by Node) get the .js, and graphql refuses types from "another realm".
const fromServer = createRequire(new URL('../server/package.json', import.meta.url));
const graphqlEntry = fromServer.resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'server',
    root: import.meta.dirname,
    // build/: checks on the built client (the test command builds it first).
    include: ['server/**/*.test.ts', 'build/**/*.test.ts'],
    // Projects run one group after another: client, then server, then end-to-end.
    sequence: { groupOrder: 1 },
    environment: 'node',
    // Each file gets its own database and server; files run in separate processes.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
