// The rules of one-time codes (issue 14), in one place for the server and the forms.
export const CODE_DIGITS = 6;
export const CODE_VALID_MINUTES = 5;
export const CODE_MAX_TRIES = 5;
