// The draw, pure and deterministic, from the instance (canonical), its distribution and a seed (hex
// text; the module makes it as the trips lottery does: HMAC-SHA256(secret, distributionHash ":" publicValue)).
// Streams (random.ts), in this order:
//   1. `panel`: one word w; the panel whose cumulative weight (panels in published order) first exceeds w;
//   2. `members`: for each unit in canonical order, its members (by id) shuffled; the first `count` are drawn;
//   3. `order`: all applicants (by id, excluded ones left out) shuffled: the drawn in this order are
//      the panel, the rest in this order the waitlist.
// Same pool, quotas and seed → the same panel and waitlist, byte for byte, whatever the input row order.
import { valueCounts } from './instance.ts';
import { indexByWeight, SeededStream, seededShuffle } from './random.ts';
import { ALGORITHM_VERSION, type Distribution, type DrawOutcome, type Instance, type Replacement } from './types.ts';

/** Which panel (index into distribution.panels) the seed picks: the cheap half of a draw. */
export function pickPanelIndex(distribution: Distribution, seed: string): number {
  return indexByWeight(
    distribution.panels.map((p) => p.weight),
    new SeededStream(seed, 'panel').nextWord(),
  );
}

export function drawPanel(instance: Instance, distribution: Distribution, distributionHash: string, seed: string): DrawOutcome {
  if (distribution.units.length !== instance.units.length || distribution.units.some((u, i) => u.size !== instance.units[i]!.members.length)) {
    throw new Error('the distribution does not belong to this pool');
  }
  const panelIndex = pickPanelIndex(distribution, seed);
  const counts = distribution.panels[panelIndex]!.counts;
  const members = new SeededStream(seed, 'members');
  const chosen = new Set<string>();
  instance.units.forEach((unit, u) => {
    for (const id of seededShuffle(unit.members, members).slice(0, counts[u])) chosen.add(id);
  });
  const excluded = new Set(instance.excluded);
  const order = seededShuffle(
    instance.applicants.filter((a) => !excluded.has(a.id)).map((a) => a.id),
    new SeededStream(seed, 'order'),
  );
  return {
    algorithm: ALGORITHM_VERSION,
    distributionHash,
    panelIndex,
    panel: order.filter((id) => chosen.has(id)),
    waitlist: order.filter((id) => !chosen.has(id)),
  };
}

/**
 * A drop-out's replacement: the first on the waitlist whose entry in the leaver's place keeps every
 * quota. Returns the new panel (the replacement in the leaver's place) and the waitlist without her.
 */
export function replaceDropOut(instance: Instance, panel: readonly string[], waitlist: readonly string[], leaving: string): Replacement {
  const at = panel.indexOf(leaving);
  if (at < 0) throw new Error(`${leaving} is not on the panel`);
  const rest = panel.filter((id) => id !== leaving);
  const countsOf = (ids: readonly string[]) => {
    const counts = instance.units.map(() => 0);
    for (const id of ids) counts[instance.unitOf.get(id)!]! += 1;
    return counts;
  };
  const base = valueCounts(instance, countsOf(rest));
  const excluded = new Set(instance.excluded);
  for (let i = 0; i < waitlist.length; i += 1) {
    const id = waitlist[i]!;
    const unit = instance.unitOf.get(id);
    if (unit === undefined || excluded.has(id) || panel.includes(id)) continue;
    const values = instance.units[unit]!.values;
    const keeps = instance.features.every((feature, f) =>
      feature.values.every(({ min, max }, v) => {
        const n = base[f]![v]! + (values[f] === v ? 1 : 0);
        return n >= min && n <= max;
      }),
    );
    if (keeps) {
      const next = [...panel];
      next[at] = id;
      return { status: 'found', id, waitlistPosition: i, panel: next, waitlist: waitlist.filter((w) => w !== id) };
    }
  }
  return { status: 'none', reason: { key: 'forums.selection.noReplacementKeepsQuotas', params: { leaving } } };
}
