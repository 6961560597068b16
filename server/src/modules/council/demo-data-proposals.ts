// Demo council proposals (owned by the proposals slice). Idempotent: stable ids, createMany with skipDuplicates.
export async function seedCouncilProposals(): Promise<void> {}
