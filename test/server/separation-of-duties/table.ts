// What a module's separation-of-duties rows are. Each module with staff mutations has
// test/server/separation-of-duties/<module>.ts exporting `duties`; the test collects the folder.

/** A staff action on a record about `applicant`: the input that names the record. */
export type SelfCase = { inputType: string; input: (applicant: { id: string }) => Promise<Record<string, unknown>> };

export type DutiesTable = {
  /** Staff mutations whose records are about a person, keyed by mutation field. */
  aboutAPerson: Record<string, SelfCase>;
  /** Staff mutations whose records are about no person, and why. */
  aboutNobody: Record<string, string>;
  /** The module's row counts a staff action can change, to prove a refused one wrote nothing. */
  counts: () => Promise<Record<string, unknown>>;
};
