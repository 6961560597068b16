// Trips: the catalogue part's types and operations (owned by the catalogue slice).
export {};
