// The council's proposals part (owned by the proposals slice): its queries and mutations.
export {};
