// Trips: the boarding part's types and operations (owned by the boarding slice).
export {};
