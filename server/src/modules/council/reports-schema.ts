// The council's reports part (owned by the reports slice): its queries and mutations.
export {};
