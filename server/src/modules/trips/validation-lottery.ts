// Input rules of the lottery, as zod schemas. Messages are keys of the modules' messages.
import { requiredText } from '../common/validation.ts';

/** The public value (drand round's randomness, a national lottery's numbers), as published. */
export const publicValueSchema = requiredText(200);

/** What the value is and where anyone can look it up, e.g. "drand round 5123456". */
export const publicValueSourceSchema = requiredText(200);
