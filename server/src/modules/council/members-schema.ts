// The council's members part (owned by the members slice): its queries and mutations.
export {};
