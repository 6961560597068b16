// What the coordinators' forum pages share: a mutation's typed refusal as the page shows it.
import type { TFunction } from 'i18next';
import { refusalOf } from '../../shared/form';


type Issue = { readonly path: ReadonlyArray<string>; readonly message: string };
type Answer =
  | {
      readonly __typename?: string;
      readonly message?: string;
      readonly issues?: ReadonlyArray<Issue>;
      readonly capacity?: number;
      readonly taken?: number;
    }
  | null
  | undefined;

/**
 * Null when the mutation succeeded; else what to tell the coordinator. The refusals a coordinator
 * meets here are explained in the page's words (what to do next); any other keeps the server's
 * message (already in the reader's language), followed by the field messages of a validation error.
 */
export function forumRefusal(answer: Answer, t: TFunction): string | null {
  if (!answer || typeof answer.message !== 'string') return null;
  switch (answer.__typename) {
    case 'ForumQuestionsAnsweredError':
      return t('forums.manage.errors.questionsAnswered');
    case 'ForumEventClosedError':
      return t('forums.manage.errors.eventClosed');
    case 'ForumSelectionCommittedError':
      return t('forums.manage.errors.selectionCommitted');
    case 'ForumNotAFacilitatorError':
      return t('forums.manage.errors.notAFacilitator');
    case 'ForumCapacityBelowTakenError':
      return t('forums.manage.errors.capacityBelowTaken', { capacity: answer.capacity ?? 0, taken: answer.taken ?? 0 });
    default:
      return refusalOf(answer);
  }
}
