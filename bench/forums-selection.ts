// The forums' fair selection engine (server/src/modules/forums/selection/): for example_large (Flanigan
// et al.'s public instance: pool 2,000, panel 200) and synthetic pools of 2,000 with about 60 and
// about 170 answer types, the time to compute the LEXIMIN distribution and to draw, beside the
// minimum selection probability of LEXIMIN and of the greedy draw (LEGACY, estimated by sampling).
// Targets (issue 11): ≤ 5 s for ~60 types, ≤ 60 s for ~170. No database. Part of `pnpm bench`.
//   pnpm --filter @katilim/test exec tsx ../bench/forums-selection.ts      BENCH_LEGACY_SAMPLES=2000
import { loadavg } from 'node:os';
import {
  bench170,
  bench60,
  canonicalInstance,
  computeSelection,
  drawPanel,
  estimateLegacy,
  publicInstance,
  typeCount,
  type SelectionInput,
} from '../test/support/forums-selection-instances.ts';

const legacySamples = Number(process.env.BENCH_LEGACY_SAMPLES ?? 2000);
const cases: { name: string; make: () => SelectionInput; targetSeconds: number | null }[] = [
  { name: 'example_large', make: () => publicInstance('example_large_200'), targetSeconds: null },
  { name: 'synthetic ~60 types', make: bench60, targetSeconds: 5 },
  { name: 'synthetic ~170 types', make: bench170, targetSeconds: 60 },
];

const pct = (x: number) => `${(100 * x).toFixed(4)} %`;
console.log(`forums selection — load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on this machine`);
let failed = 0;
for (const { name, make, targetSeconds } of cases) {
  const input = make();
  const instance = canonicalInstance(input);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await computeSelection(input);
  const computeSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (result.status !== 'feasible') throw new Error(`${name} is infeasible`);
  const drawStarted = performance.now();
  drawPanel(instance, result.distribution, result.distributionHash, 'bench-seed');
  const drawMs = performance.now() - drawStarted;
  const legacy = estimateLegacy(instance, legacySamples);
  const met = targetSeconds === null || computeSeconds <= targetSeconds;
  if (!met) failed += 1;
  const { stats } = result;
  console.log(
    [
      `${name}: pool ${input.applicants.length}, panel ${input.panelSize}, ${typeCount(input)} types`,
      `  distribution ${computeSeconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)${targetSeconds === null ? '' : ` (target ≤ ${targetSeconds} s: ${met ? 'met' : 'NOT met'})`}, draw ${drawMs.toFixed(1)} ms`,
      `  ${stats.stages} stages, ${stats.pricingSolves} pricing rounds (${stats.pricingByRelaxation} settled by the LP relaxation; ${(stats.mipMilliseconds / 1000).toFixed(2)} s), ${stats.lpSolves} LPs (${(stats.lpMilliseconds / 1000).toFixed(2)} s), ${stats.panelsGenerated} panels found, ${stats.panelsUsed} used`,
      `  minimum probability: LEXIMIN ${pct(result.minimumProbability)}, LEGACY ${pct(legacy.minimum)} (${legacySamples} samples), ratio ${legacy.minimum > 0 ? (result.minimumProbability / legacy.minimum).toFixed(1) + '×' : '∞ (LEGACY never drew the worst-off type)'}`,
    ].join('\n'),
  );
}
process.exit(failed ? 1 : 0);
