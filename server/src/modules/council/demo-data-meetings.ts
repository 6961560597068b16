// Demo council meetings (owned by the meetings slice). Idempotent: stable ids, createMany with skipDuplicates.
export async function seedCouncilMeetings(): Promise<void> {}
