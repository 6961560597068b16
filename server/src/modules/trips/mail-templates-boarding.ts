// Trips' boarding mail (owned by the boarding slice).
export const boardingMailTemplates = {};
