// The council's members mail (owned by the members slice).
export const membersMailTemplates = {};
