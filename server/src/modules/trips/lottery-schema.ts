// Trips: the lottery part's types and operations (owned by the lottery slice).
export {};
