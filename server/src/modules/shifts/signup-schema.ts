// Shifts: signup operations (see issue 8).
export {};
