// Client addresses the server links to (mail, notices). The client's routes use the same paths.
export const councilPaths = {
  publicPage: '/council',
  committee: (committeeId: string) => `/council/committees/${committeeId}`,
  member: (memberId: string) => `/council/members/${memberId}`,
  myChildren: '/council/children',
  meeting: (meetingId: string) => `/council/meetings/${meetingId}`,
  attendance: (meetingId: string) => `/council/meetings/${meetingId}/attendance`,
  proposal: (proposalId: string) => `/council/proposals/${proposalId}`,
} as const;
