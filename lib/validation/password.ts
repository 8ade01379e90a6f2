// A password a person chooses (registration, recovery): one rule, one place.
import { z } from "zod";
import { messageWithParams } from "./field-errors";
import { wrongType } from "./person";

export const PASSWORD_MIN_LENGTH = 8;

export const newPasswordField = z
  .string(wrongType)
  .min(PASSWORD_MIN_LENGTH, messageWithParams("errors.password.short", { min: PASSWORD_MIN_LENGTH }))
  .max(128, "errors.tooLong");
