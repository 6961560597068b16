// The state machine's rule itself: every (from, to, actor) of 11 × 11 × 3 against the table below,
// written out by hand so that a change to the machine must change it too. Through the API, every
// move is tested in test/server/state-machine.test.ts.
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  canTransition,
  isOpen,
  isTerminal,
  nextStatuses,
  OPEN_STATUSES,
  TERMINAL_STATUSES,
  type ApplicationStatusName,
  type TransitionActor,
} from './application-status.ts';

/** Every legal move, one a line: from → to, and who may make it. Anything else is illegal. */
const LEGAL_MOVES = `
  DRAFT               → SUBMITTED            APPLICANT
  DRAFT               → WITHDRAWN            APPLICANT
  SUBMITTED           → SCREENING            COORDINATOR
  SUBMITTED           → REJECTED             COORDINATOR
  SUBMITTED           → WITHDRAWN            APPLICANT
  SCREENING           → INTERVIEW_INVITED    COORDINATOR
  SCREENING           → REJECTED             COORDINATOR
  SCREENING           → WITHDRAWN            APPLICANT
  INTERVIEW_INVITED   → INTERVIEW_SCHEDULED  APPLICANT COORDINATOR
  INTERVIEW_INVITED   → REJECTED             COORDINATOR
  INTERVIEW_INVITED   → WITHDRAWN            APPLICANT
  INTERVIEW_SCHEDULED → INTERVIEW_INVITED    APPLICANT COORDINATOR
  INTERVIEW_SCHEDULED → ACCEPTED             COORDINATOR
  INTERVIEW_SCHEDULED → WAITLISTED           COORDINATOR
  INTERVIEW_SCHEDULED → REJECTED             COORDINATOR
  INTERVIEW_SCHEDULED → WITHDRAWN            APPLICANT
  WAITLISTED          → ACCEPTED             COORDINATOR
  WAITLISTED          → REJECTED             COORDINATOR
  WAITLISTED          → WITHDRAWN            APPLICANT
  ACCEPTED            → IN_TRAINING          COORDINATOR SYSTEM
  ACCEPTED            → WITHDRAWN            APPLICANT
  IN_TRAINING         → ACTIVE               COORDINATOR SYSTEM
  IN_TRAINING         → WITHDRAWN            APPLICANT
`;

const ACTORS: TransitionActor[] = ['APPLICANT', 'COORDINATOR', 'SYSTEM'];

const legal = new Set(
  LEGAL_MOVES.trim()
    .split('\n')
    .flatMap((line) => {
      const [from, , to, ...actors] = line.trim().split(/\s+/);
      return actors.map((actor) => `${from} ${to} ${actor}`);
    }),
);
const isLegal = (from: ApplicationStatusName, to: ApplicationStatusName, actor: TransitionActor) => legal.has(`${from} ${to} ${actor}`);

describe('the state machine, every (from, to, actor)', () => {
  const cases = APPLICATION_STATUSES.flatMap((from) =>
    APPLICATION_STATUSES.flatMap((to) => ACTORS.map((actor) => ({ from, to, actor, verdict: isLegal(from, to, actor) ? 'legal' : 'illegal' }))),
  );

  it('covers 11 statuses × 11 × 3 actors, and the table names only real statuses', () => {
    expect(cases).toHaveLength(363);
    expect(legal.size).toBe(27);
    for (const move of legal) {
      const [from, to, actor] = move.split(' ');
      expect(APPLICATION_STATUSES).toContain(from);
      expect(APPLICATION_STATUSES).toContain(to);
      expect(ACTORS).toContain(actor);
    }
  });

  it.each(cases)('$from → $to by $actor is $verdict', ({ from, to, actor, verdict }) => {
    expect(canTransition(from, to, actor)).toBe(verdict === 'legal');
  });

  it('lists the next statuses of each actor from the same table', () => {
    expect(nextStatuses('INTERVIEW_SCHEDULED', 'COORDINATOR')).toEqual(['INTERVIEW_INVITED', 'ACCEPTED', 'WAITLISTED', 'REJECTED']);
    expect(nextStatuses('INTERVIEW_SCHEDULED', 'APPLICANT')).toEqual(['INTERVIEW_INVITED', 'WITHDRAWN']);
    expect(nextStatuses('ACTIVE', 'SYSTEM')).toEqual([]);
  });
});

describe('open and terminal statuses', () => {
  it('makes ACTIVE, REJECTED and WITHDRAWN terminal, and nothing else', () => {
    expect(TERMINAL_STATUSES).toEqual(['REJECTED', 'ACTIVE', 'WITHDRAWN']);
    expect(OPEN_STATUSES).toEqual(APPLICATION_STATUSES.filter((status) => !TERMINAL_STATUSES.includes(status)));
  });

  it.each(APPLICATION_STATUSES)('%s is terminal exactly when nobody can move it', (status) => {
    const moves = APPLICATION_STATUSES.flatMap((to) => ACTORS.filter((actor) => canTransition(status, to, actor)));
    expect(isTerminal(status)).toBe(moves.length === 0);
    expect(isOpen(status)).toBe(moves.length > 0);
  });
});
