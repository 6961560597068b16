// The council's proposals mail (owned by the proposals slice).
export const proposalsMailTemplates = {};
