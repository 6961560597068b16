// Shifts: planning operations (see issue 8).
export {};
