// The council's meetings part (owned by the meetings slice): its queries and mutations.
export {};
