// The rules of one-time codes (issue 14), in one place for the server and the forms.
import { z } from "zod";
import { messageWithParams } from "../validation/field-errors";
import { newPasswordField } from "../validation/password";
import { wrongType } from "../validation/person";

export const CODE_DIGITS = 6;
export const CODE_VALID_MINUTES = 5;
export const CODE_MAX_TRIES = 5;
/** Codes per person in an hour, whatever for: a few lost texts, not a way to flood someone's phone. */
export const CODES_PER_ACCOUNT_PER_HOUR = 3;

/** A typed code and the request it answers. */
export const codeSchema = z.object({
  codeId: z.uuid("errors.code.expired"),
  code: z
    .string(wrongType)
    .trim()
    .regex(new RegExp(`^\\d{${CODE_DIGITS}}$`), messageWithParams("errors.code.format", { digits: CODE_DIGITS })),
});

/** The second step of recovery and activation: the code from the text, and a password chosen twice. */
export const codeAndPasswordSchema = codeSchema
  .extend({ password: newPasswordField, passwordConfirm: z.string(wrongType) })
  .refine((form) => form.password === form.passwordConfirm, { path: ["passwordConfirm"], message: "errors.password.mismatch" });
