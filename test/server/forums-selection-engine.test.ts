// The fair selection engine's contracts: the same output, byte for byte, whatever the row order and
// in another process; the person-level engine agrees with the type-level one and handles forced and
// excluded applicants; a drop-out's replacement keeps the quotas; infeasible quotas are explained
// (as message keys) with the smallest relaxation, never an exception or a partial panel.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  canonicalInstance,
  computeSelection,
  computeSelectionFor,
  drawPanel,
  panelViolationsOfIds,
  personLevelInstance,
  replaceDropOut,
  SelectionInputError,
  type Feasible,
  type Infeasible,
  type SelectionInput,
} from '@katilim/server/modules/forums/selection/index';
import { publicInstance, tightPool } from '../support/forums-selection-instances.ts';
import { shuffledRows } from '../support/forums-selection-checks.ts';

const run = promisify(execFile);
const CHILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../support/forums-selection-child.ts');

/** A small pool: 12 applicants, two features. */
const small = (): SelectionInput => ({
  panelSize: 4,
  features: [
    { key: 'age', values: [{ value: 'young', min: 1, max: 3 }, { value: 'old', min: 1, max: 3 }] },
    { key: 'district', values: [{ value: 'north', min: 2, max: 2 }, { value: 'south', min: 2, max: 2 }] },
  ],
  applicants: ['young/north', 'young/north', 'young/north', 'young/north', 'young/north', 'young/south', 'young/south', 'old/north', 'old/south', 'old/south', 'old/south', 'young/north'].map((t, i) => {
    const [age, district] = t.split('/');
    return { id: `p${String(i).padStart(2, '0')}`, answers: { age: age!, district: district! } };
  }),
});

describe('reproducibility', () => {
  it('gives the same distribution text, hash and draw whatever the order of rows, features and values', async () => {
    const input = tightPool();
    const a = (await computeSelection(input)) as Feasible;
    const b = (await computeSelection(shuffledRows(input, 7))) as Feasible;
    expect(b.distributionText).toBe(a.distributionText);
    expect(b.distributionHash).toBe(a.distributionHash);
    const seed = 'f'.repeat(64);
    expect(JSON.stringify(drawPanel(canonicalInstance(shuffledRows(input, 9)), b.distribution, b.distributionHash, seed))).toBe(
      JSON.stringify(drawPanel(canonicalInstance(input), a.distribution, a.distributionHash, seed)),
    );
    const other = drawPanel(canonicalInstance(input), a.distribution, a.distributionHash, 'e'.repeat(64));
    expect(other.waitlist).not.toEqual(drawPanel(canonicalInstance(input), a.distribution, a.distributionHash, seed).waitlist);
  });

  it('gives the same bytes in another process', { timeout: 60_000 }, async () => {
    const input = tightPool();
    const result = (await computeSelection(input)) as Feasible;
    const outcome = drawPanel(canonicalInstance(input), result.distribution, result.distributionHash, 'abc123');
    const child = await run(process.execPath, ['--import', 'tsx', CHILD, 'tightPool', 'abc123'], { cwd: path.dirname(CHILD) });
    expect(child.stdout).toBe(JSON.stringify({ distributionText: result.distributionText, distributionHash: result.distributionHash, outcome }));
  });
});

describe('the person-level engine', () => {
  it('agrees with the type-level engine on every applicant', async () => {
    const byTypes = (await computeSelection(small())) as Feasible;
    const byPersons = (await computeSelectionFor(personLevelInstance(small()))) as Feasible;
    expect(byPersons.distribution.mode).toBe('persons');
    byTypes.applicantProbabilities.forEach((a, i) => expect(byPersons.applicantProbabilities[i]!.probability).toBeCloseTo(a.probability, 6));
  });

  it('runs for forced and excluded applicants: the forced always drawn, the excluded never, quotas kept', async () => {
    const input = { ...small(), forced: ['p07'], excluded: ['p00', 'p01'] };
    const result = (await computeSelection(input)) as Feasible;
    expect(result.distribution.mode).toBe('persons');
    const probability = Object.fromEntries(result.applicantProbabilities.map((a) => [a.id, a.probability]));
    expect(probability.p07).toBeCloseTo(1, 9);
    expect([probability.p00, probability.p01]).toEqual([0, 0]);
    const instance = canonicalInstance(input);
    for (let i = 0; i < 200; i += 1) {
      const outcome = drawPanel(instance, result.distribution, result.distributionHash, `s${i}`);
      expect(outcome.panel).toContain('p07');
      expect(outcome.panel.concat(outcome.waitlist)).not.toContain('p00');
      expect(panelViolationsOfIds(instance, outcome.panel)).toEqual([]);
    }
  });
});

describe('a drop-out', () => {
  it('is replaced by the first on the waitlist who keeps every quota, or by nobody', async () => {
    const input = small();
    const instance = canonicalInstance(input);
    const result = (await computeSelection(input)) as Feasible;
    const outcome = drawPanel(instance, result.distribution, result.distributionHash, 'drop');
    const leaving = outcome.panel[0]!;
    const replacement = replaceDropOut(instance, outcome.panel, outcome.waitlist, leaving);
    expect(replacement.status).toBe('found');
    if (replacement.status !== 'found') return;
    expect(panelViolationsOfIds(instance, replacement.panel)).toEqual([]);
    // Everyone ahead of her on the waitlist would have broken a quota.
    for (const ahead of outcome.waitlist.slice(0, replacement.waitlistPosition)) {
      expect(panelViolationsOfIds(instance, replacement.panel.map((id) => (id === replacement.id ? ahead : id))).length).toBeGreaterThan(0);
    }
    const nobody = replaceDropOut(instance, outcome.panel, [], leaving);
    expect(nobody).toEqual({ status: 'none', reason: { key: 'forums.selection.noReplacementKeepsQuotas', params: { leaving } } });
  });
});

describe('infeasible quotas', () => {
  it('names the minimums that exceed the panel and the value with too few applicants, with the smallest relaxation', async () => {
    const input = small();
    input.features = [
      { key: 'age', values: [{ value: 'young', min: 3, max: 4 }, { value: 'old', min: 5, max: 5 }] },
      { key: 'district', values: [{ value: 'north', min: 2, max: 2 }, { value: 'south', min: 2, max: 2 }] },
    ];
    const result = (await computeSelection(input)) as Infeasible;
    expect(result.status).toBe('infeasible');
    expect(result.conflicts).toEqual([
      { key: 'forums.selection.minimumAboveMaximum', params: { feature: 'age', value: 'old', min: 5, max: 5 } },
      ...[] as never[],
      { key: 'forums.selection.minimumsExceedPanel', params: { feature: 'age', sum: 8, panelSize: 4 } },
      { key: 'forums.selection.tooFewApplicants', params: { feature: 'age', value: 'old', available: 4, min: 5 } },
    ].filter((c) => c.key !== 'forums.selection.minimumAboveMaximum'));
    expect(result.relaxation).not.toBeNull();
    // old: 5 → 1..3 is the least change with young ≥ 3 (young 3, old 1): min 5 → 1 is 4 steps.
    expect(result.relaxation!.totalChange).toBe(4);
    const relaxed = (await computeSelection({ ...input, features: result.relaxation!.features })) as Feasible;
    expect(relaxed.status).toBe('feasible');
  });

  it('finds an irreducible conflict by solving when no count shows it', async () => {
    // Each of these is possible alone, together impossible: 2 young must be from the 1 young south + young north ≤ …
    const input = small();
    input.features = [
      { key: 'age', values: [{ value: 'old', min: 3, max: 4 }, { value: 'young', min: 0, max: 4 }] },
      { key: 'district', values: [{ value: 'north', min: 3, max: 4 }, { value: 'south', min: 0, max: 4 }] },
    ];
    const result = (await computeSelection(input)) as Infeasible;
    expect(result.status).toBe('infeasible');
    // Only one old applicant lives in the north: 3 old and 3 north cannot fit in 4 seats.
    expect(result.conflicts).toEqual([
      {
        key: 'forums.selection.quotasConflict',
        params: {
          panelSize: 4,
          quotas: [
            { feature: 'age', value: 'old', bound: 'min', limit: 3 },
            { feature: 'district', value: 'north', bound: 'min', limit: 3 },
          ],
        },
      },
    ]);
    expect(result.relaxation!.totalChange).toBe(1);
  });

  it('says the pool is smaller than the panel, with no relaxation', async () => {
    const result = (await computeSelection({ ...small(), panelSize: 13 })) as Infeasible;
    expect(result.conflicts[0]).toEqual({ key: 'forums.selection.poolSmallerThanPanel', params: { poolSize: 12, panelSize: 13 } });
    expect(result.relaxation).toBeNull();
  });

  it('rejects malformed input with a typed error', async () => {
    const input = small();
    await expect(computeSelection({ ...input, applicants: [...input.applicants, input.applicants[0]!] })).rejects.toBeInstanceOf(SelectionInputError);
    await expect(computeSelection({ ...input, applicants: [{ id: 'x', answers: { age: 'middle', district: 'north' } }] })).rejects.toMatchObject({ key: 'forums.selection.unknownAnswer' });
  });

  it('is computed for the public instance too (the small one is feasible)', async () => {
    expect((await computeSelection(publicInstance('example_small_20'))).status).toBe('feasible');
  });
});
