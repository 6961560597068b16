// A person's first or last name, as the register and profile forms and the API take it.
export const NAME_MAX_LENGTH = 80;
