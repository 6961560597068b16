import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'schema',
    // Projects run one group after another: these rules first, with the client's unit tests.
    sequence: { groupOrder: 0 },
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Run as on a machine far from İzmir (UTC+14): no rule may depend on the local zone.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
