// The application pipeline: its statuses in pipeline order and the state machine between them
// (apply → screen → interview → train → activate). The server moves applications only along
// these transitions (anything not listed is refused with a typed error); the client lists and
// orders statuses from here. Open and terminal follow from the transitions, never from a second list.

export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'SCREENING',
  'INTERVIEW_INVITED',
  'INTERVIEW_SCHEDULED',
  'ACCEPTED',
  'WAITLISTED',
  'REJECTED',
  'IN_TRAINING',
  'ACTIVE',
  'WITHDRAWN',
] as const;

export type ApplicationStatusName = (typeof APPLICATION_STATUSES)[number];

/** Who may cause a transition: the applicant themself, a coordinator, or the system (rules, jobs). */
export type TransitionActor = 'APPLICANT' | 'COORDINATOR' | 'SYSTEM';

type Rule = { to: ApplicationStatusName; by: readonly TransitionActor[] };

const WITHDRAW: Rule = { to: 'WITHDRAWN', by: ['APPLICANT'] };

export const TRANSITIONS: Readonly<Record<ApplicationStatusName, readonly Rule[]>> = {
  DRAFT: [{ to: 'SUBMITTED', by: ['APPLICANT'] }, WITHDRAW],
  SUBMITTED: [{ to: 'SCREENING', by: ['COORDINATOR'] }, { to: 'REJECTED', by: ['COORDINATOR'] }, WITHDRAW],
  SCREENING: [{ to: 'INTERVIEW_INVITED', by: ['COORDINATOR'] }, { to: 'REJECTED', by: ['COORDINATOR'] }, WITHDRAW],
  INTERVIEW_INVITED: [
    // Booked by the applicant, or a slot assigned by a coordinator.
    { to: 'INTERVIEW_SCHEDULED', by: ['APPLICANT', 'COORDINATOR'] },
    { to: 'REJECTED', by: ['COORDINATOR'] },
    WITHDRAW,
  ],
  INTERVIEW_SCHEDULED: [
    // A cancelled booking sends the applicant back to choosing a slot.
    { to: 'INTERVIEW_INVITED', by: ['APPLICANT', 'COORDINATOR'] },
    { to: 'ACCEPTED', by: ['COORDINATOR'] },
    { to: 'WAITLISTED', by: ['COORDINATOR'] },
    { to: 'REJECTED', by: ['COORDINATOR'] },
    WITHDRAW,
  ],
  WAITLISTED: [{ to: 'ACCEPTED', by: ['COORDINATOR'] }, { to: 'REJECTED', by: ['COORDINATOR'] }, WITHDRAW],
  ACCEPTED: [{ to: 'IN_TRAINING', by: ['COORDINATOR', 'SYSTEM'] }, WITHDRAW],
  // Activation also needs the round's qualifications: checked by the server, not the graph.
  IN_TRAINING: [{ to: 'ACTIVE', by: ['COORDINATOR', 'SYSTEM'] }, WITHDRAW],
  ACTIVE: [],
  REJECTED: [],
  WITHDRAWN: [],
};

export function canTransition(from: ApplicationStatusName, to: ApplicationStatusName, by: TransitionActor): boolean {
  return TRANSITIONS[from].some((rule) => rule.to === to && rule.by.includes(by));
}

export function nextStatuses(from: ApplicationStatusName, by: TransitionActor): ApplicationStatusName[] {
  return TRANSITIONS[from].filter((rule) => rule.by.includes(by)).map((rule) => rule.to);
}

/** Nobody moves the application any further: active volunteers, rejected and withdrawn applications. */
export function isTerminal(status: ApplicationStatusName): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Statuses in which the application still counts as open (one open application per person per round). */
export function isOpen(status: ApplicationStatusName): boolean {
  return !isTerminal(status);
}

export const TERMINAL_STATUSES: readonly ApplicationStatusName[] = APPLICATION_STATUSES.filter(isTerminal);
export const OPEN_STATUSES: readonly ApplicationStatusName[] = APPLICATION_STATUSES.filter(isOpen);
