// Trips' registration mail (owned by the registration slice).
export const registrationMailTemplates = {};
