// Trips: the reports part's types and operations (owned by the reports slice).
export {};
