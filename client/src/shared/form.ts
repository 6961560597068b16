import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

type Issue = { readonly path: ReadonlyArray<string>; readonly message: string };

/** The part of a GraphQL error result a form can show: every `Error` has a translated message. */
export type ServerError = { readonly message: string; readonly issues?: ReadonlyArray<Issue> };

type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

export type SendOptions<T, E> = {
  /** Server field names mapped to the form's, where they differ (`opensAt` → `opensOn`). */
  aliases?: Partial<Record<string, keyof T & string>>;
  /**
   * Sees the typed error first. Returns what to show instead (issues moved to other fields),
   * null when the form shows it some other way, or nothing to show it as it came.
   */
  onError?: (error: E) => ServerError | null | undefined;
};

function toFieldErrors<T>(messages: Map<keyof T & string, string>): FieldErrors<T> {
  return Object.fromEntries(messages) as FieldErrors<T>;
}

/**
 * Form state for Mantine inputs: values, one message per field, a form-level message,
 * and focus moved to the first invalid input after a failed submit.
 */
export function useForm<T extends Record<string, unknown>>(initialValues: T) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors<T>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  // Remembered at submit time, so focus can go to the first invalid input once it is rendered.
  const formElement = useRef<HTMLFormElement | null>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function isField(key: string): key is keyof T & string {
    return Object.prototype.hasOwnProperty.call(values, key);
  }

  function setValue<K extends keyof T & string>(field: K, value: T[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  /** Validates with zod; on failure shows the messages and returns null. */
  function parse<S extends z.ZodType>(schema: S): z.output<S> | null {
    const result = schema.safeParse(values);
    if (result.success) {
      setErrors({});
      setFormError(null);
      return result.data;
    }
    const next = new Map<keyof T & string, string>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (isField(key) && !next.has(key)) next.set(key, issue.message);
    }
    setErrors(toFieldErrors(next));
    setFocusRequest((n) => n + 1);
    return null;
  }

  /**
   * Shows a typed GraphQL error: validation issues go to the field named by their path
   * (server names can be mapped with `aliases`), anything else to the form.
   */
  function showServerError(error: ServerError, aliases: Partial<Record<string, keyof T & string>> = {}) {
    const next = new Map<keyof T & string, string>();
    const unplaced: string[] = [];
    for (const issue of error.issues ?? []) {
      const field = [...issue.path]
        .reverse()
        .map((segment) => aliases[segment] ?? segment)
        .find((segment): segment is keyof T & string => isField(segment));
      if (field && !next.has(field)) next.set(field, issue.message);
      else unplaced.push(issue.message);
    }
    setErrors(toFieldErrors(next));
    const placed = next.size > 0;
    setFormError(placed ? (unplaced.join(' ') || null) : [error.message, ...unplaced].join(' '));
    if (placed) setFocusRequest((n) => n + 1);
  }

  /**
   * The tail every form shares: runs the mutation and returns its success member; a typed error
   * goes to its fields (or the form) and a failed request to the form as the network error, and
   * then the result is null. `mutate` resolves to the mutation's result field.
   */
  async function send<R extends { __typename: string }>(
    mutate: () => Promise<R | null | undefined>,
    { aliases = {}, onError }: SendOptions<T, Extract<R, { message: string }>> = {},
  ): Promise<Exclude<R, { message: string }> | null> {
    let result: R | null | undefined;
    try {
      result = await mutate();
    } catch {
      setFormError(t('common.networkError'));
      return null;
    }
    if (!result) return null;
    if (isErrorResult(result)) {
      const shown = onError?.(result);
      if (shown !== null) showServerError(shown ?? result, aliases);
      return null;
    }
    return result as Exclude<R, { message: string }>;
  }

  function onSubmit(handler: () => void | Promise<void>) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      formElement.current = event.currentTarget;
      void handler();
    };
  }

  return {
    values,
    errors,
    formError,
    setValue,
    setValues,
    setFormError,
    parse,
    showServerError,
    send,
    onSubmit,
  };
}

/** Narrows a mutation's result union to its error members (they all carry a message). */
export function isErrorResult<T extends { __typename: string }>(
  result: T,
): result is Extract<T, { message: string }> {
  return 'message' in result && typeof result.message === 'string';
}

type Answer = { readonly __typename?: string; readonly message?: string; readonly issues?: ReadonlyArray<{ readonly message: string }> } | null | undefined;

/** What a mutation answered, as a form shows it: null when it succeeded, else the server's message
 * (a typed, translated refusal) with the field messages of a validation error after it. */
export function refusalOf(answer: Answer): string | null {
  if (!answer || typeof answer.message !== 'string') return null;
  const issues = answer.issues?.map((issue) => issue.message) ?? [];
  return [answer.message, ...issues].join(' ');
}
