// The fair selection engine's public shapes. Pure data: no database, no GraphQL. Messages are keys
// with parameters (never sentences), so the forums module can translate them.

/** One value of a profile question and its quota: how many of the panel must / may have it. */
export type QuotaValue = { value: string; min: number; max: number };

/** A profile question (e.g. "ageBand") with a quota for each of its values. */
export type Feature = { key: string; values: QuotaValue[] };

/** An applicant: an opaque id and the value she gave for every feature (by feature key). */
export type Applicant = { id: string; answers: Readonly<Record<string, string>> };

export type SelectionInput = {
  panelSize: number;
  features: readonly Feature[];
  applicants: readonly Applicant[];
  /** Applicants who must be on the panel / may not be: the types cannot express these, so the person-level engine runs. */
  forced?: readonly string[];
  excluded?: readonly string[];
};

/**
 * A group of interchangeable applicants (same answers, same constraints): the variables of the
 * solver. In the type-level engine a unit is an answer type; in the person-level engine one person.
 */
export type Unit = {
  /** Index of the value for each feature, in canonical feature order. */
  values: number[];
  /** Member ids in canonical (code-unit) order. */
  members: string[];
  /** How many of the members a panel takes at least / at most. */
  lo: number;
  hi: number;
};

/** The input in its one canonical form: features by key, values by name, applicants by id, units by answers. */
export type Instance = {
  panelSize: number;
  features: Feature[];
  mode: 'types' | 'persons';
  /** Applicants by id with their value indices. */
  applicants: { id: string; values: number[] }[];
  forced: string[];
  excluded: string[];
  units: Unit[];
  /** Unit index of each applicant id. */
  unitOf: Map<string, number>;
};

/** A message the module translates: a key and its parameters. */
export type Message<K extends string = string, P extends Record<string, unknown> = Record<string, unknown>> = { key: K; params: P };

export type QuotaRef = { feature: string; value: string; bound: 'min' | 'max'; limit: number };

/** Why no panel meets every quota: the most specific reasons found, simplest first. */
export type Conflict =
  | Message<'forums.selection.poolSmallerThanPanel', { poolSize: number; panelSize: number }>
  | Message<'forums.selection.minimumAboveMaximum', { feature: string; value: string; min: number; max: number }>
  | Message<'forums.selection.minimumsExceedPanel', { feature: string; sum: number; panelSize: number }>
  | Message<'forums.selection.maximumsBelowPanel', { feature: string; sum: number; panelSize: number }>
  | Message<'forums.selection.tooFewApplicants', { feature: string; value: string; available: number; min: number }>
  /** An irreducible set of quotas (found by solving) that no panel meets together; dropping any one of them leaves a panel. */
  | Message<'forums.selection.quotasConflict', { quotas: QuotaRef[]; panelSize: number }>;

/** A quota the smallest relaxation changes, from → to. */
export type QuotaChange = { feature: string; value: string; min: { from: number; to: number } | null; max: { from: number; to: number } | null };

/** The fewest quota changes (total of |Δmin| + |Δmax|) after which a panel exists; null when none does (e.g. the pool is smaller than the panel). */
export type Relaxation = { totalChange: number; changes: QuotaChange[]; features: Feature[] } | null;

export type Infeasible = { status: 'infeasible'; conflicts: Conflict[]; relaxation: Relaxation };

/** Input that cannot be a selection at all (duplicate ids, an answer that is not a value, …): a programming or import error, thrown. */
export class SelectionInputError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, unknown>,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'SelectionInputError';
  }
}

/** A panel as a count per unit (units in canonical order) and its integer weight out of `weightTotal`. */
export type WeightedPanel = { counts: number[]; weight: number };

export const ALGORITHM_VERSION = 'forums-leximin/1';

export type Distribution = {
  algorithm: typeof ALGORITHM_VERSION;
  /** SHA-256 of the canonical pool (instance.ts `poolText`). */
  poolHash: string;
  mode: 'types' | 'persons';
  panelSize: number;
  weightTotal: number;
  features: Feature[];
  /** Units in canonical order: the value of each feature, how many applicants, and the member bounds. */
  units: { answers: string[]; size: number; lo: number; hi: number }[];
  /** Panels sorted by counts; weights sum to weightTotal. */
  panels: WeightedPanel[];
  /**
   * Each unit's selection probability, exact as a fraction: selectedWeight / (weightTotal · size),
   * selectedWeight = Σ weight · count. `probability` is the same rounded to 9 decimals, for display.
   */
  probabilities: { selectedWeight: number; probability: number }[];
};

export type Feasible = {
  status: 'feasible';
  distribution: Distribution;
  /** canonicalJson(distribution) and its SHA-256: stored (and hashed) before any draw. */
  distributionText: string;
  distributionHash: string;
  /** Every applicant's selection probability (rounded to 9 decimals), by id in canonical order. */
  applicantProbabilities: { id: string; probability: number }[];
  /** The lowest probability any applicant has, and the solver's statistics. */
  minimumProbability: number;
  stats: LeximinStats;
};

export type LeximinStats = {
  stages: number;
  /** Pricing rounds settled by the MIP's LP relaxation (integral optimum) without branch and bound. */
  pricingByRelaxation: number;
  pricingSolves: number;
  lpSolves: number;
  panelsGenerated: number;
  panelsUsed: number;
  milliseconds: number;
  lpMilliseconds: number;
  mipMilliseconds: number;
};

export type SelectionResult = Feasible | Infeasible;

export type DrawOutcome = {
  algorithm: typeof ALGORITHM_VERSION;
  distributionHash: string;
  /** Index of the drawn panel in distribution.panels. */
  panelIndex: number;
  /** The drawn applicants, in the seeded order. */
  panel: string[];
  /** Everyone else (excluded applicants left out), in the seeded order: the waitlist. */
  waitlist: string[];
};

export type Replacement =
  | { status: 'found'; id: string; waitlistPosition: number; panel: string[]; waitlist: string[] }
  | { status: 'none'; reason: Message<'forums.selection.noReplacementKeepsQuotas', { leaving: string }> };
