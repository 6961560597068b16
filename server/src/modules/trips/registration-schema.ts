// Trips: the registration part's types and operations (owned by the registration slice).
export {};
