import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { isMessageKey, translate, type Locale } from './messages.ts';

/** A validation issue's message in the caller's language (zod's limits fill {{minimum}}/{{maximum}}). */
export function translateIssue(issue: StandardSchemaV1.Issue, locale: Locale): string {
  if (!isMessageKey(issue.message)) return issue.message;
  // Custom refinements carry their limits in `params`.
  const raw = issue as unknown as { minimum?: number | bigint; maximum?: number | bigint; params?: { minimum?: number; maximum?: number } };
  return translate(locale, issue.message, {
    minimum: Number(raw.minimum ?? raw.params?.minimum ?? 0),
    maximum: Number(raw.maximum ?? raw.params?.maximum ?? 0),
  });
}

/** The field path of an issue, without the leading `input` of a mutation argument. */
export function issuePath(issue: StandardSchemaV1.Issue): string[] {
  return (issue.path ?? [])
    .map((part) => String(typeof part === 'object' ? part.key : part))
    .filter((part, index) => !(index === 0 && part === 'input'));
}
