// How long a password a person chooses may be: the form's hint and the server's rule (lib/validation/password.ts)
// read the same numbers. Kept apart from the zod rule so a page can say the length without shipping a validator.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
