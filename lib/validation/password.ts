// A password a person chooses (registration, recovery): one rule, one place.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../domain/password-policy";
import { messageWithParams } from "./field-errors";
import { wrongType } from "./person";

export const newPasswordField = z
  .string(wrongType)
  .min(PASSWORD_MIN_LENGTH, messageWithParams("errors.password.short", { min: PASSWORD_MIN_LENGTH }))
  .max(PASSWORD_MAX_LENGTH, "errors.tooLong");
