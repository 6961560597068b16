// Run in a child process by the determinism test: computes the distribution and a draw of a named
// instance and prints them, so the test can compare bytes across processes.
import { canonicalInstance, computeSelection, drawPanel } from '@katilim/server/modules/forums/selection/index';
import * as instances from './forums-selection-instances.ts';

const [name, seed] = process.argv.slice(2) as [string, string];
const make = { tightPool: instances.tightPool, threeFeaturePool: instances.threeFeaturePool, exampleSmall: () => instances.publicInstance('example_small_20') }[name]!;
const input = make();
const result = await computeSelection(input);
if (result.status !== 'feasible') throw new Error('infeasible');
const outcome = drawPanel(canonicalInstance(input), result.distribution, result.distributionHash, seed);
process.stdout.write(JSON.stringify({ distributionText: result.distributionText, distributionHash: result.distributionHash, outcome }));
