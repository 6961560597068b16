// How the council's proposal pages show statuses, dates and the server's refusals.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { CouncilProposalStatus } from '../../generated/graphql';

export const STATUS_COLOR: Record<CouncilProposalStatus, string> = {
  DRAFT: 'gray',
  ADOPTED: 'teal',
  REJECTED: 'red',
  SUBMITTED: 'blue',
  RECEIVED: 'cyan',
  UNDER_REVIEW: 'yellow',
  ACCEPTED: 'green',
  IMPLEMENTED: 'grape',
  DECLINED: 'red',
};

export const PUBLIC_STATUSES: CouncilProposalStatus[] = ['SUBMITTED', 'RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED'];
export const RESPONSE_STATUSES: CouncilProposalStatus[] = ['RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED'];

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'tr-TR');

/** A calendar date (YYYY-MM-DD) as a long date; it is a day, so read in UTC. */
export const formatDay = (day: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** An instant as İzmir's date. */
export const formatInstantDay = (instant: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(instant));

/** An instant as İzmir's date and time. */
export const formatInstant = (instant: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(instant));

type Issue = { readonly path: ReadonlyArray<string>; readonly message: string };
type Answer = { readonly __typename?: string; readonly message?: string; readonly issues?: ReadonlyArray<Issue> } | null | undefined;

/** What a mutation answered, as a form shows it: null when it succeeded, else the server's words. */
export function refusalOf(answer: Answer): string | null {
  if (!answer || typeof answer.message !== 'string') return null;
  return [answer.message, ...(answer.issues?.map((issue) => issue.message) ?? [])].join(' ');
}
