// The password rule of registration and reset: length only, since the form asks for a long
// passphrase rather than symbol rules; the upper bound keeps anyone from making the server hash
// megabytes with argon2.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused, as a code each side words in its own messages. */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG';

/** Length in UTF-16 code units, as the browser's input and zod both count it. */
export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  return null;
}
