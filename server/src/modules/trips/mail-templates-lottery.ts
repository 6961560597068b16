// Trips' lottery mail (owned by the lottery slice).
export const lotteryMailTemplates = {};
