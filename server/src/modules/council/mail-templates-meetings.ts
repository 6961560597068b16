// The council's meetings mail (owned by the meetings slice).
export const meetingsMailTemplates = {};
