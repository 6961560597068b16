// Shifts: attendance operations (see issue 8).
export {};
