// What a council mutation answered, as a form shows it: null when it succeeded, else the server's
// message (a typed, translated refusal) with the field messages of a validation error after it.
type Issue = { readonly path: ReadonlyArray<string>; readonly message: string };
type Answer = { readonly __typename?: string; readonly message?: string; readonly issues?: ReadonlyArray<Issue> } | null | undefined;

export function refusalOf(answer: Answer): string | null {
  if (!answer || typeof answer.message !== 'string') return null;
  const issues = answer.issues?.map((issue) => issue.message) ?? [];
  return [answer.message, ...issues].join(' ');
}
